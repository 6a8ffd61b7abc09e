"""Rebuild the binary bodies of the lineage fixture from the sources under ``src/``.

    python examples/mixsmooth/lineage/build.py

Writes, for every stand-in paper ``src/papers/<id>v<N>/`` (a ``main.tex``):

- ``arxiv/<id>v<N>-src.tar.gz``: its e-print, a gzip'd tar with the files at the top level,
  as arXiv serves LaTeX submissions;
- ``arxiv/<id>v<N>.pdf``: the same text compiled with pdflatex (arXiv's PDF of it).

and for every stand-in repository ``src/repos/<owner>/<name>/``:

- ``github/tarballs/<owner>-<name>.tar.gz``: laid out as GitHub's tarball endpoint serves a
  repository: one top folder ``<owner>-<name>-<sha7>/`` and a pax header naming the commit.
  The "commit" is the SHA-1 of the files' paths and contents (there is no real commit).

Everything is deterministic (sorted members, fixed times, owners and modes, gzip mtime 0,
pdflatex with SOURCE_DATE_EPOCH), so unchanged sources give byte-identical files. Finally
every ``body_file`` named in ``index.json`` is checked to exist.

All of it is of our own making: see README.md.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
EPOCH = 1735689600  # 2025-01-01 00:00:00 UTC: every member's mtime, and the PDFs' dates
MAX_BYTES = 100_000  # each built file stays small enough to keep in the repository


def files_under(root: Path) -> list[Path]:
    """Regular files under ``root``, sorted by their posix path (hidden files left out)."""
    found = [
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _info(name: str, *, size: int = 0, directory: bool = False) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime = EPOCH
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if directory:
        info.type, info.mode = tarfile.DIRTYPE, 0o775
    else:
        info.size, info.mode = size, 0o664
    return info


def tar_gz(root: Path, top: str | None, pax: dict[str, str] | None = None) -> bytes:
    """The files under ``root`` as a gzip'd tar, under the folder ``top`` when given."""
    buf = io.BytesIO()
    fmt = tarfile.PAX_FORMAT if pax else tarfile.GNU_FORMAT
    with tarfile.open(fileobj=buf, mode="w", format=fmt, pax_headers=pax or {}) as tar:
        prefix = f"{top}/" if top else ""
        if top:
            tar.addfile(_info(f"{top}/", directory=True))
        folders: set[str] = set()
        for path in files_under(root):
            rel = path.relative_to(root).as_posix()
            parts = rel.split("/")[:-1]
            for i in range(1, len(parts) + 1):  # each folder once, before its files
                folder = "/".join(parts[:i])
                if folder not in folders:
                    folders.add(folder)
                    tar.addfile(_info(f"{prefix}{folder}/", directory=True))
            data = path.read_bytes()
            tar.addfile(_info(prefix + rel, size=len(data)), io.BytesIO(data))
    return gzip.compress(buf.getvalue(), compresslevel=9, mtime=0)


def commit_sha(root: Path) -> str:
    """A stand-in commit id: the SHA-1 of the files' paths and contents."""
    digest = hashlib.sha1()
    for path in files_under(root):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def pdf(folder: Path) -> bytes:
    """``folder/main.tex`` compiled twice with pdflatex in a scratch folder, dates pinned."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory(prefix="p2r-lineage-") as work:
        for path in files_under(folder):
            target = Path(work) / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        command = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "main.tex"]
        for _ in range(2):
            done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"pdflatex failed on {folder}:\n{done.stdout[-3000:]}")
        return (Path(work) / "main.pdf").read_bytes()


def write(path: Path, data: bytes) -> None:
    if len(data) > MAX_BYTES:
        sys.exit(f"{path.relative_to(HERE)} would be {len(data)} bytes, over {MAX_BYTES}.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()[:12]
    print(f"wrote {path.relative_to(HERE)} ({len(data):,} bytes, sha256 {sha}…)")


def check_index() -> None:
    index = json.loads((HERE / "index.json").read_text(encoding="utf-8"))
    missing = [
        r["body_file"]
        for r in index["responses"]
        if r.get("body_file") and not (HERE / r["body_file"]).is_file()
    ]
    if missing:
        sys.exit(f"index.json names body files that do not exist: {', '.join(missing)}")
    print(f"index.json: {len(index['responses'])} recorded responses, every body file present")


def main() -> None:
    for folder in sorted((SRC / "papers").iterdir()):
        if not (folder / "main.tex").is_file():
            continue
        write(HERE / "arxiv" / f"{folder.name}-src.tar.gz", tar_gz(folder, None))
        write(HERE / "arxiv" / f"{folder.name}.pdf", pdf(folder))
    for owner in sorted((SRC / "repos").iterdir()):
        for repo in sorted(p for p in owner.iterdir() if p.is_dir()):
            sha = commit_sha(repo)
            top = f"{owner.name}-{repo.name}-{sha[:7]}"
            data = tar_gz(repo, top, pax={"comment": sha})
            write(HERE / "github" / "tarballs" / f"{owner.name}-{repo.name}.tar.gz", data)
    check_index()


if __name__ == "__main__":
    main()
