"""A throw-away PostgreSQL server for the tests: Debian's postgresql package, a cluster made with
initdb in a temporary folder, listening on loopback only (a free port, its socket in that folder),
stopped and removed at the end.

pytest starts one per session (tests/conftest.py, fixture ``postgres_server``). As a script:
``python tests/postgres/cluster.py install`` installs the package when it is missing (as root,
with apt-get), as ``make test`` and ``.ci/run`` do; ``python tests/postgres/cluster.py run``
starts a server, prints its URL and waits for Ctrl+C.

initdb and postgres refuse to run as root: as root they run as the ``postgres`` user that the
package creates, and the temporary folder belongs to that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SUPERUSER = "heroviewer"


class ServerMissing(RuntimeError):
    """No PostgreSQL server programs on this machine (the message says what to install)."""


def server_bin() -> Path:
    """The folder of Debian's newest installed PostgreSQL programs (initdb, pg_ctl)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ServerMissing("PostgreSQL's server is not installed (Debian: apt-get install postgresql)")


def install() -> None:
    """Install Debian's postgresql package when its programs are missing (as root only)."""
    try:
        server_bin()
        return
    except ServerMissing:
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
        check=True,
        env=env,
    )
    server_bin()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One running server; ``url(database)`` reaches it, ``create_database`` makes a database."""

    def __init__(self, tls: bool = False) -> None:
        """``tls``: the server offers TLS, with a self-signed certificate made in its folder."""
        self.bin = server_bin()
        self.tls = tls
        self.folder = Path(tempfile.mkdtemp(prefix="heroviewer-postgres-"))
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._data = self.folder / "data"
        self._count = 0
        try:
            self._start()
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _run(self, program: str, *args: str) -> None:
        command = [*self._as_user, str(self.bin / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed: {done.stderr or done.stdout}\n{tail}")

    def _start(self) -> None:
        self._run(
            "initdb", "-D", str(self._data), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        if self.tls:
            self._make_certificate()
        self.resume()

    def _make_certificate(self) -> None:
        """server.crt and server.key in the data folder, where ssl=on looks for them."""
        key, crt = self._data / "server.key", self._data / "server.crt"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(crt)],
            check=True, capture_output=True,
        )  # fmt: skip
        key.chmod(0o600)  # the server refuses a key others may read
        if self._as_user:
            for path in (key, crt):
                shutil.chown(path, "postgres", "postgres")

    def resume(self) -> None:
        """Start the server (again, after ``pause``), on the same port with the same data."""
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            + (" -c ssl=on" if self.tls else "")
        )
        self._run(
            "pg_ctl", "start", "-w", "-D", str(self._data), "-l", str(self.folder / "server.log"),
            "-o", options,
        )  # fmt: skip

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        self._count += 1
        name = f"test_{self._count}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def password_login(self, name: str, password: str) -> None:
        """A login role that must give ``password`` over TCP (the rest of the server trusts)."""
        import psycopg

        hba = self._data / "pg_hba.conf"
        rule = f"host all {name} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # the first matching line decides
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}'")
            connection.execute("SELECT pg_reload_conf()")

    def pause(self) -> None:
        """Stop the server, keeping its data: the catalogues on it are out of reach until
        ``resume``, as when a server restarts or a cable is pulled."""
        self._run("pg_ctl", "stop", "-w", "-D", str(self._data), "-m", "fast")  # all written

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "stop", "-D", str(self._data), "-m", "immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[1:] == ["install"]:
        install()
        return 0
    if argv[1:] == ["run"]:
        cluster = Cluster()
        print(cluster.url(), flush=True)
        try:
            signal_wait()
        finally:
            cluster.stop()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


def signal_wait() -> None:
    """Until Ctrl+C or a termination signal (a job in the background ignores Ctrl+C)."""
    import contextlib
    import signal

    def stop(*_args) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with contextlib.suppress(KeyboardInterrupt):
        signal.pause()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
