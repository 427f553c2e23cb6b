"""Staff sign-in for the app: a scrypt password hash from the environment, rate-limited attempts, sessions.

There is no default password: the Staff tab exists only when STATEMENT_QA_STAFF_PASSWORD_HASH
holds a hash made by `statement-qa staff-password` (or STATEMENT_QA_STAFF_PASSWORD_FILE
names a file holding one). A signed-in session is a random token kept on the server, in the
browser session's state, and tied to the page's cookie so that uploads can be allowed only
for it; it ends after SESSION_SECONDS.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from pathlib import Path

from statement_qa.errors import ConfigError

HASH_ENV = "STATEMENT_QA_STAFF_PASSWORD_HASH"
HASH_FILE_ENV = "STATEMENT_QA_STAFF_PASSWORD_FILE"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_CHARS = 12
SESSION_SECONDS = 8 * 3600
# Sign-in: at most this many failures in a window, for everyone together (no addresses are kept).
MAX_FAILURES = 5
FAILURE_WINDOW = 300.0


def hash_password(password: str) -> str:
    """'scrypt$N$r$p$salt$hash' for a password (a fresh random salt each time)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ConfigError(f"A staff password needs at least {MIN_PASSWORD_CHARS} characters.")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = lambda raw: base64.b64encode(raw).decode("ascii")
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt)}${encode(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when the password matches the stored hash (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt((password or "").encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def configured_hash() -> str | None:
    """The staff password hash from the environment (or the file it names), or None: no Staff tab."""
    stored = os.environ.get(HASH_ENV, "").strip()
    if not stored and os.environ.get(HASH_FILE_ENV):
        try:
            stored = Path(os.environ[HASH_FILE_ENV]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"Cannot read the staff password hash from {os.environ[HASH_FILE_ENV]} "
                              f"({exc.strerror}).") from exc
    if not stored:
        return None
    if not stored.startswith("scrypt$") or stored.count("$") != 5:
        raise ConfigError(f"{HASH_ENV} does not hold a hash; make one with `statement-qa staff-password`.")
    return stored


class StaffSessions:
    """Checks sign-ins against the hash, limits failures, and remembers signed-in sessions."""

    def __init__(self, stored_hash: str, clock=time.monotonic) -> None:
        self.stored_hash = stored_hash
        self.clock = clock
        self._lock = threading.Lock()
        self._failures: list[float] = []
        self._sessions: dict[str, tuple[float, str | None, str]] = {}  # token → (expiry, page cookie, name)

    def locked_for(self) -> float:
        """Seconds until sign-in is allowed again (0 when it is)."""
        with self._lock:
            now = self.clock()
            self._failures = [t for t in self._failures if now - t < FAILURE_WINDOW]
            if len(self._failures) < MAX_FAILURES:
                return 0.0
            return FAILURE_WINDOW - (now - self._failures[0])

    def sign_in(self, password: str, name: str, page_cookie: str | None) -> str | None:
        """A session token for the right password, None otherwise; refused while locked out."""
        if self.locked_for() > 0:
            return None
        if not verify_password(password, self.stored_hash):
            with self._lock:
                self._failures.append(self.clock())
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions[token] = (self.clock() + SESSION_SECONDS, page_cookie, " ".join(name.split())[:100])
        return token

    def name(self, token: str | None) -> str | None:
        """The staff member's name for a live session token, or None when it is not signed in."""
        if not token or not isinstance(token, str):
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            if session[0] < self.clock():
                del self._sessions[token]
                return None
            return session[2] or "staff"

    def sign_out(self, token: str | None) -> None:
        """End a session."""
        with self._lock:
            self._sessions.pop(token or "", None)

    def may_upload(self, page_cookie: str | None) -> bool:
        """True when this page cookie belongs to a signed-in, unexpired staff session."""
        if not page_cookie:
            return False
        now = self.clock()
        with self._lock:
            return any(cookie is not None and hmac.compare_digest(cookie, page_cookie) and expiry >= now
                       for expiry, cookie, _ in self._sessions.values())
