"""The web app as a Hugging Face Space: `demo` is built from index/ and corpus/ beside this file.

Run it with `python app.py` (or `statement-qa serve`); it listens on 127.0.0.1 unless
GRADIO_SERVER_NAME says otherwise, as it does on Spaces.
"""

from pathlib import Path

from statement_qa.answer import open_assistant
from statement_qa.ui import build_demo, serve

HERE = Path(__file__).resolve().parent

demo = build_demo(open_assistant(HERE / "index", HERE / "corpus", None, notice=print))

if __name__ == "__main__":
    serve(demo)
