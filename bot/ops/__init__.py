"""What `python -m bot` runs: the tools a person starts (build, train, serve, evaluate,
chat, the cluster launcher). No Rasa process (Rasa server, action server, widget server)
imports this package; tests/unit/test_process_imports.py checks that."""
