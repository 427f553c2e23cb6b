# statement-qa as one container: the app on 0.0.0.0:7860, the index built into the image.
#
#   docker build -t statement-qa .
#   docker run --rm -p 127.0.0.1:7860:7860 -v statement-qa-data:/app/data statement-qa
#
# Put your statements in corpus/ before building: the index is built from them here, once, and
# the running container only reads it. Not built or run on the project's machine (no Docker
# there); see docs/DEPLOY.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    GRADIO_ANALYTICS_ENABLED=False \
    STATEMENT_QA_CACHE=/app/cache \
    STATEMENT_QA_DATA=/app/data

WORKDIR /app

# torch first, pinned as scripts/setup.sh pins it, so sentence-transformers never asks for another.
# (The CPU-only wheel index, download.pytorch.org/whl/cpu, makes a much smaller image where it is reachable.)
RUN pip install torch==2.13.0

COPY pyproject.toml constraints.txt README.md ./
COPY src ./src
RUN pip install -c constraints.txt .

# The index, built once at image build time from the statements in corpus/, then read-only.
# The ONNX export of the bundled model lets the app answer without loading torch, and the word-frequency
# table without loading wordfreq's lists (docs/PERFORMANCE.md); both go to the read-only cache.
COPY corpus ./corpus
RUN statement-qa build --corpus corpus --index index --strict --quiet \
    && python -m statement_qa.embedding_onnx \
    && python -m statement_qa.frequencies \
    && statement-qa list --index index > /dev/null \
    && useradd --system --uid 10001 --create-home --home-dir /home/app --shell /usr/sbin/nologin app \
    && mkdir -p /app/data \
    && chown app:app /app/data \
    && chmod -R a-w /app/index /app/corpus /app/cache

USER app
EXPOSE 7860
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:7860/', timeout=4)"

# --no-build: a container that lost its index fails loudly instead of building at start-up.
CMD ["statement-qa", "serve", "--index", "index", "--corpus", "corpus", "--host", "0.0.0.0", "--port", "7860", \
     "--no-build", "--model", "all-MiniLM-L6-v2-onnx"]
