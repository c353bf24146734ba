"""Benchmarks, run from the repository root.

python -m benchmarks.extract          # what `make bench` runs
python -m benchmarks.pdf_libraries    # the PDF library comparison
"""
