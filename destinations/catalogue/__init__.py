"""The public offer catalogue of a destination portal: listing with facets, map, detail, events.

Query functions live in `services`, GET-parameter parsing in `filters`, wording of periods and prices in
`formatting`, schema.org data in `jsonld`; `views` only glue them to templates.
"""
