"""Apidae adapter: API client, mapper into catalogue records, sync runs, export import, notification endpoint.

One seam per external API: `client.py` is the only module that speaks HTTP to Apidae; `mapping.py` turns its
JSON into `destinations.catalogue_records`; `sync.py` and `export.py` stage, map and apply them through
`destinations.services.catalogue`.
"""
