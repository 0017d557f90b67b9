"""The tracker store: what endpoints.yml `tracker_store: type:` names, in one package.

Rasa calls the class endpoints.yml names; each layer below hands on to the next:

1. `redacting.RedactingSQLTrackerStore` (endpoints.yml and deploy/cluster/endpoints.yml):
   patient details redacted before anything is written, each turn copied to the staff
   review log, erasure requests honoured.
2. `fast.NeedleTrackerStore`: Rasa's SQLTrackerStore made fast (trackers kept in memory,
   long conversations continued in a new session, saves that never block the event loop).
3. `sqlite_events.SQLiteEvents`: the events table read and written with plain SQL on SQLite.
4. `durable_queue.DurableQueue`: writes queued for a writer thread, journalled when the
   database is locked or full (used by 3, and by 1 for the review log).

The Rasa patches are not applied here: the Rasa server's entry point does that
(bot/rasa_server.py, bot/rasa_patches.py).
"""
