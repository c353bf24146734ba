"""Benchmarks, run from the repository root.

python -m benchmarks.extract          # reading and extracting (`make bench` runs it)
python -m benchmarks.generated        # extraction by format on a generated corpus (and this)
python -m benchmarks.web              # the pages with 5,000 meetings (`make bench-web`)
python -m benchmarks.pdf_libraries    # the PDF library comparison
"""
