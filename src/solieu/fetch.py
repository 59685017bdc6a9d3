"""Downloading originals over HTTP: politely, conditionally, within limits.

httpx is the client: Prefect already depends on it (nothing new to install), it
streams a body so a size limit stops a download early, it has separate connect and
read timeouts, and tests can give it a transport. Redirects are followed here, hop by
hop, so that every hop is checked against robots.txt and must stay http(s).

- One request at a time: a :class:`Fetcher` is used from one thread, and waits
  ``host_delay`` seconds (or the site's ``Crawl-delay``) between two requests to a host.
- A User-Agent naming solieu; robots.txt is read once per host and obeyed.
- Conditional requests (If-None-Match, If-Modified-Since): 304 means nothing changed.
- Timeouts, connection errors, 429 and 5xx are retried with exponential backoff; 404,
  410, other 4xx, a response over ``max_bytes`` and robots.txt refusals are not. A host
  that gave no answer at all (timeouts, refused connections) is not asked again by the
  same Fetcher: a dead portal would otherwise cost minutes for each of its reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from solieu import __version__
from solieu.errors import InputError

USER_AGENT = f"solieu/{__version__} (open-data pipeline for Vietnamese government reports; obeys robots.txt)"
ROBOTS_AGENT = "solieu"  # the name a site's robots.txt can address
REDIRECTS = (301, 302, 303, 307, 308)
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more would stall the nightly run


@dataclass(frozen=True)
class FetchOptions:
    """Limits and manners of fetching (a part of the settings)."""

    max_bytes: int = 50 * 1024 * 1024  # a response larger than this is refused
    timeout: float = 30.0  # seconds to connect, and between two bytes of the response
    attempts: int = 4  # the first try and three retries
    backoff: float = 2.0  # seconds before the first retry; doubled before each next one
    host_delay: float = 1.0  # seconds between two requests to the same host
    max_redirects: int = 5


class FetchError(InputError):
    """A URL that could not be fetched; the message names it and says what to do."""


class _Retry(Exception):
    """A failure worth trying again (timeout, connection error, 5xx)."""

    def __init__(self, reason: str, *, host_down: bool = False) -> None:
        super().__init__(reason)
        self.host_down = host_down  # no answer at all: the host's other URLs will fare no better


@dataclass(frozen=True)
class Response:
    """What a GET gave: the body of a 200, or nothing for a 304 (not modified)."""

    url: str  # after redirects
    status: int  # 200 or 304
    data: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    language: str | None = None  # Content-Language

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> None:
    """Raise FetchError unless ``url`` is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{url}: not an http(s) URL; give the address of a web page or file "
                         "(https://...) or the path of a file on this computer.")


class Fetcher:
    """An HTTP client for originals: ``with Fetcher() as f: f.get(url)``."""

    def __init__(self, options: FetchOptions | None = None, *,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.options = options or FetchOptions()
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, follow_redirects=False, transport=transport,
            timeout=httpx.Timeout(self.options.timeout))
        self.sleep = sleep
        self._robots: dict[str, RobotFileParser] = {}
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._down: dict[str, str] = {}  # host -> why it gave no answer in this run

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Response:
        """GET ``url`` (conditionally when ``etag`` or ``last_modified`` is given), retrying
        what may pass; raises FetchError naming the URL and what to do."""
        check_url(url)
        host = urlsplit(url).netloc
        if host in self._down:  # a nightly run must not wait minutes for each of its URLs
            raise FetchError(f"{url}: not tried, {host} gave no answer earlier in this run "
                             f"({self._down[host]}); try again later.")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = max(1, self.options.attempts)
        for attempt in range(1, attempts + 1):
            try:
                return self._follow(url, headers)
            except _Retry as exc:
                if attempt == attempts:
                    if exc.host_down:
                        self._down[host] = str(exc)
                    raise FetchError(
                        f"{url}: {exc} ({attempts} attempts); the server may be down or slow. "
                        "Try again later; the last good revision is kept.") from None
                self.sleep(self.options.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._obey_robots(current)
            response = self._request(current, headers)
            if isinstance(response, Response):
                return response
            target = urljoin(current, response)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"{url}: redirects to {target}, which is not http(s); "
                                 "find the report's real address.")
            current = target
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects; open it in "
                         "a browser and use the address it ends at.")

    def _request(self, url: str, headers: dict[str, str]) -> Response | str:
        """One GET: a Response, or the Location of a redirect."""
        host = urlsplit(url).netloc
        self._wait_for(host)
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in REDIRECTS and r.headers.get("location"):
                    return r.headers["location"]
                if r.status_code == 304:
                    return Response(str(r.url), 304, etag=r.headers.get("etag"),
                                    last_modified=r.headers.get("last-modified"))
                if r.status_code in (404, 410):
                    raise FetchError(
                        f"{url}: {'gone' if r.status_code == 410 else 'not found'} "
                        f"(HTTP {r.status_code}); the report was moved or removed. Find its new "
                        "address and put it in the sidecar's url (or set url: null).")
                if r.status_code == 429 or r.status_code >= 500:
                    raise _Retry(f"HTTP {r.status_code} {r.reason_phrase}")
                if r.status_code != 200:
                    raise FetchError(f"{url}: HTTP {r.status_code} {r.reason_phrase}; open it in a "
                                     "browser to see why.")
                data = self._read_limited(url, r)
                return Response(str(r.url), 200, data,
                                content_type=r.headers.get("content-type"),
                                charset=r.charset_encoding, etag=r.headers.get("etag"),
                                last_modified=r.headers.get("last-modified"),
                                language=r.headers.get("content-language"))
        except httpx.TimeoutException:
            raise _Retry(f"timed out after {self.options.timeout:g} s", host_down=True) from None
        except httpx.TransportError as exc:
            raise _Retry(f"connection failed ({type(exc).__name__}: {exc})",
                         host_down=True) from None
        finally:
            self._last[host] = time.monotonic()

    def _read_limited(self, url: str, r: httpx.Response) -> bytes:
        limit = self.options.max_bytes
        too_big = (f"{url}: larger than the limit of {limit:,} bytes; if the report really is "
                   "this large, raise the limit (--max-bytes), otherwise check the address.")
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(too_big)
        chunks, size = [], 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(too_big)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for(self, host: str) -> None:
        delay = self.options.host_delay
        robots = self._robots.get(host)
        if robots is not None:
            crawl_delay = robots.crawl_delay(ROBOTS_AGENT)
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None:
            wait = delay - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)

    def _obey_robots(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            self._robots[host] = self._read_robots(f"{parts.scheme}://{host}/robots.txt")
        if not self._robots[host].can_fetch(ROBOTS_AGENT, url):
            raise FetchError(f"{url}: the site's robots.txt does not allow solieu to fetch it; "
                             "ask the publisher, or download the report yourself and add the file.")

    def _read_robots(self, robots_url: str) -> RobotFileParser:
        """The host's robots.txt; none (4xx) allows everything (RFC 9309), and one that
        cannot be read (5xx, no connection) is retried like the page itself."""
        parser = RobotFileParser(robots_url)
        host = urlsplit(robots_url).netloc
        self._wait_for(host)
        try:
            r = self.client.get(robots_url, follow_redirects=True)
        except httpx.TimeoutException:
            raise _Retry(f"robots.txt timed out after {self.options.timeout:g} s",
                         host_down=True) from None
        except httpx.TransportError as exc:
            raise _Retry(f"connection failed ({type(exc).__name__}: {exc})",
                         host_down=True) from None
        finally:
            self._last[host] = time.monotonic()
        if r.status_code >= 500 or r.status_code == 429:
            raise _Retry(f"robots.txt answered HTTP {r.status_code}")
        parser.parse(r.text.splitlines() if r.status_code == 200 else [])
        return parser
