"""Keeps secrets out of logs, whatever a library puts in a message (URLs with apiKey=…, passwords)."""

from __future__ import annotations

import logging
import os
import re

SECRET_ENV_VARS = ("SECRET_KEY", "APIDAE_API_KEY", "EMAIL_URL", "DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL")
_PATTERNS = [
    re.compile(r'(?i)("?(?:apikey|api_key|password|passwd|secret|token)"?\s*[:=]\s*"?)([^"&\s,}]+)'),
    re.compile(r"(?i)(://[^:/@\s]+:)([^@\s]+)(@)"),
]


def mask(text: str) -> str:
    for value in (os.environ.get(name, "") for name in SECRET_ENV_VARS):
        if len(value) >= 6:
            text = text.replace(value, "***")
    text = _PATTERNS[0].sub(r"\1***", text)
    text = _PATTERNS[1].sub(r"\1***\3", text)
    return text


class MaskSecretsFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the record
            return True
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True
