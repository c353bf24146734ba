"""Documents from http(s) addresses, with a time limit and the readers' size limit."""

from __future__ import annotations

import posixpath
from email.message import Message
from http.client import HTTPException, HTTPMessage
from typing import IO
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from scrutiny import __version__
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.read import limits

TIMEOUT_SECONDS = 30.0


def is_url(location: str) -> bool:
    return urlsplit(location).scheme.lower() in {"http", "https"}


class _HttpOnlyRedirects(HTTPRedirectHandler):
    # urllib follows redirects to ftp:// too; a document address should lead to documents.
    def redirect_request(
        self,
        req: Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> Request | None:
        if not is_url(newurl):
            raise HTTPError(newurl, code, f"redirected to {newurl}, not http(s)", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = build_opener(_HttpOnlyRedirects)


def fetch(
    url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = limits.MAX_BYTES
) -> tuple[bytes, str]:
    """The document at `url` and the file name to call it by."""
    request = Request(url, headers={"User-Agent": f"scrutiny/{__version__}"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and (reason := limits.too_large(int(declared), max_bytes)):
                raise IngestFailed(reason)
            # One byte past the limit is enough to know the document is too large, and a
            # server that lies about (or omits) its length cannot make us read more.
            data = response.read(max_bytes + 1)
            if reason := limits.too_large(len(data), max_bytes):
                raise IngestFailed(reason)
            return data, file_name(response.geturl(), response.headers)
    except HTTPError as error:
        raise IngestFailed(f"HTTP {error.code} {error.reason}") from None
    except URLError as error:
        raise IngestFailed(f"cannot be fetched ({error.reason})") from None
    except TimeoutError:
        raise IngestFailed(f"no answer within {timeout:g} seconds") from None
    except (OSError, HTTPException) as error:
        raise IngestFailed(f"cannot be fetched ({type(error).__name__}: {error})") from None


def file_name(url: str, headers: Message) -> str:
    """The name the server gives the file, else the last part of its address."""
    given = headers.get_filename()
    if given:
        return posixpath.basename(given.replace("\\", "/")) or "document"
    parts = urlsplit(url)
    return posixpath.basename(unquote(parts.path)) or parts.hostname or "document"
