"""PDF parsing in a child process with a time and memory limit, so no PDF can stop a build.

A PDF is a program for a parser: a FlateDecode bomb, a reference loop or a crafted
stream can take pypdf minutes or gigabytes. Each PDF is read in a process forked from a
clean, single-threaded server (multiprocessing's forkserver), under an address-space
limit (RLIMIT_AS) and a timeout on the CPU time it uses (by the clock where /proc is
missing, and by the clock at most STARVED_WAIT times over); whatever goes wrong comes
back as one IngestError naming the reason.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time

from statement_qa.errors import IngestError
from statement_qa.structure import Extracted

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30.0
MEMORY_MB = 768  # address space the reader may add to the child's own
STARVED_WAIT = 10  # a child waiting for a CPU, not using one, may take this many times the limit by the clock

_context = None
_context_lock = threading.Lock()


def _mp_context():
    """The forkserver context (fork where there is none), started once per process."""
    global _context
    with _context_lock:
        if _context is None:
            methods = multiprocessing.get_all_start_methods()
            _context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            if "forkserver" in methods:
                _context.set_forkserver_preload(["statement_qa.ingest.sandbox", "statement_qa.ingest.pdf"])
    return _context


def _address_space_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: the timeout still holds
        return
    current = _address_space_bytes() or 0
    limit = current + memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def read_pdf_unguarded(data: bytes) -> Extracted:
    """Open the PDF (decrypting with the empty password when it has one), then read it."""
    import io

    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PyPdfError

    from statement_qa.ingest.pdf import read_pdf

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise IngestError("it is encrypted with a password; add an unencrypted copy")
    except DependencyError as exc:
        raise IngestError("it is encrypted, and the `cryptography` package needed to open it is missing") from exc
    except LimitReachedError as exc:
        raise IngestError("it is too large when decompressed") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise IngestError(f"not a readable PDF ({type(exc).__name__})") from exc
    try:
        return read_pdf(data)
    except (LimitReachedError, MemoryError) as exc:
        raise IngestError("it is too large when decompressed") from exc
    except IngestError:
        # pypdf gives up on a page whose stream inflates past its limit and reports no text:
        # say why, rather than suggest OCR.
        if _inflates_past_limit(reader):
            raise IngestError("it is too large when decompressed") from None
        raise


def _inflates_past_limit(reader) -> bool:
    from pypdf.errors import LimitReachedError

    try:
        for page in reader.pages:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except (LimitReachedError, MemoryError):
        return True
    except Exception:  # noqa: BLE001 - any other failure is not this one
        return False
    return False


def _child(connection, data: bytes, memory_mb: int) -> None:
    _limit_memory(memory_mb)
    try:
        result: tuple[str, object] = ("ok", read_pdf_unguarded(data))
    except IngestError as exc:
        result = ("skip", str(exc))
    except MemoryError:
        result = ("skip", f"it needs more than {memory_mb} MB to read (too large when decompressed?)")
    except BaseException as exc:  # noqa: BLE001 - any reader failure is a named skip
        result = ("skip", f"not a readable PDF ({type(exc).__name__})")
    try:
        connection.send(result)
    except BaseException:  # noqa: BLE001 - e.g. the result itself is too large to send
        connection.send(("skip", "not a readable PDF (its text could not be passed back)"))
    finally:
        connection.close()


def read_pdf_sandboxed(data: bytes, timeout: float = TIMEOUT_SECONDS, memory_mb: int = MEMORY_MB) -> Extracted:
    """read_pdf in a child process; IngestError when it fails, runs too long or needs too much memory."""
    context = _mp_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, data, memory_mb), daemon=True)
    process.start()
    sender.close()
    try:
        if not _wait_for_result(receiver, process.pid, timeout):
            raise IngestError(f"reading it took longer than {timeout:.0f} s")
        try:
            status, value = receiver.recv()
        except (EOFError, OSError) as exc:
            process.join(1)
            code = process.exitcode
            how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
            raise IngestError(f"the PDF reader stopped ({how}); the file may be too large when decompressed") from exc
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
        if hasattr(process, "close") and not process.is_alive():
            process.close()
    if status != "ok":
        raise IngestError(value)
    return value


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) the process has used so far, or None where /proc cannot say."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _wait_for_result(receiver, pid: int | None, timeout: float) -> bool:
    """True when the child's answer is ready before it has spent `timeout` seconds of CPU.

    The limit is on the reader's own work, not the clock: on a machine busy with other
    builds a two-page PDF may wait many seconds for a CPU while using a fraction of one.
    A child that is starved rather than busy gets up to STARVED_WAIT times the limit
    by the clock; where /proc cannot say how busy it is, the clock alone decides.
    """
    start = time.monotonic()
    if receiver.poll(timeout):
        return True
    while time.monotonic() - start < STARVED_WAIT * timeout:
        used = _cpu_seconds(pid)
        if used is None or used >= timeout:
            return False
        if receiver.poll(min(1.0, timeout)):
            return True
    return False


def sandbox_available() -> bool:
    """True where child processes can be started (not inside a daemonic process)."""
    return not multiprocessing.current_process().daemon and os.name == "posix"
