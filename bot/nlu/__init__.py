"""Everything the NLU side needs beyond Rasa itself: our spaCy pipeline, generated
training data, and the custom graph components named in config.yml."""
