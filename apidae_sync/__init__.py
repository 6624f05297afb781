"""Apidae adapter: API client (this package's first piece), export reader, mapping into `Offer`, sync runs.

Not a Django app yet: the client is plain Python on top of `requests`, so it can be used and tested
without a database. Import it as `from apidae_sync.client import ApidaeClient`.
"""
