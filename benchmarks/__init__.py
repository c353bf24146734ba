"""Benchmarks, run from the repository root (`make bench` runs them all).

python -m benchmarks.extract                # reading and extracting
python -m benchmarks.generated              # extraction by format on a generated corpus
python -m benchmarks.ingest                 # 5,000 meetings into SQLite and PostgreSQL
python -m benchmarks.web                    # the pages one request at a time, on SQLite
python -m benchmarks.concurrency            # the pages under 8 concurrent clients, both databases
python -m benchmarks.ingest_while_serving   # ingest into PostgreSQL while it serves
python -m benchmarks.pdf_libraries          # the PDF library comparison

Their parts: databases (the kept databases of generated meetings), loader and load (storing
them), synthetic (their source documents), pages (what is asked), server (gunicorn), clients
(concurrent requests), latency (percentiles and page results), common (the rest).
"""
