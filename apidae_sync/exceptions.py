"""Domain exceptions of the Apidae adapter.

Callers (sync runs, management commands, tasks) catch `ApidaeError` and nothing from `requests`: the
transport is an implementation detail, and `requests` exceptions carry full URLs, which for
`get-by-id` hold the API key. Every message given to these classes must already be masked: the client
builds them through its masking helper, and these classes never receive the raw key, a response or a
request object (those would drag the key along in their attributes).
"""

from __future__ import annotations


class ApidaeError(Exception):
    """Anything that went wrong talking to Apidae. The message never contains the API key."""


class ApidaeConfigurationError(ApidaeError):
    """The client cannot be built: API key or project id missing or invalid."""


class ApidaeHTTPError(ApidaeError):
    """Apidae answered with an HTTP error status (after retries, for the transient ones).

    `error_type` and `api_message` come from Apidae's JSON error body `{"errorType": ..., "message": ...}`
    when there is one (masked: Apidae may echo the request, key included).
    """

    def __init__(
        self, message: str, *, status_code: int, error_type: str | None = None, api_message: str | None = None
    ):
        super().__init__(message)
        self.status_code = status_code
        self.error_type = error_type
        self.api_message = api_message

    @property
    def retryable(self) -> bool:
        """True for the statuses worth trying again later (server errors, rate limiting)."""
        return self.status_code >= 500 or self.status_code == 429


class ApidaeTimeout(ApidaeError):
    """Apidae did not answer in time (connect or read timeout), after retries."""


class ApidaeConnectionError(ApidaeError):
    """Apidae could not be reached (DNS, refused, reset), after retries."""


class ApidaeMalformedResponse(ApidaeError):
    """Apidae answered 2xx with something the protocol does not allow: bad JSON, wrong shape, missing keys."""
