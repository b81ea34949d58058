"""SCIM 2.0 (RFC 7643, RFC 7644): the company directory creates, updates and
deactivates people here, and keeps the groups that give roles.

The protocol lives in this package: the schemas (``schemas``), the filter
and PATCH-path language (``filters``), and the mapping between SCIM resources
and the import's columns (``users``, ``groups``). The writes are
``directory.services``'s, the reads ``directory.selectors``'s, and the views
(``views``) only read the request and answer. docs/scim.md tells a
directory's administrator how to connect.
"""
