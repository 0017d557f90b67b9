"""One model, one classifier per language (bot/nlu/components.py IntentClassifier): the
French examples cannot move an English prediction, and a message whose words point to no
language is answered by the more confident of the two."""

import numpy as np
import pytest
import spacy
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from bot.nlu.components import IntentClassifier
from bot.nlu.spacy_pipeline import LANG_KEY, SURE_KEY

NLP = spacy.blank("en")
WORDS = ["mal", "hurt", "long", "session"]  # one feature column per word


def message(text, lang, intent=None, sure=True):
    row = np.array([[float(w in text.split()) for w in WORDS]])
    doc = NLP.make_doc(text)
    doc.user_data[LANG_KEY], doc.user_data[SURE_KEY] = lang, sure
    data = {TEXT: text, SPACY_DOCS[TEXT]: doc}
    if intent:
        data[INTENT] = intent
    m = Message(data=data)
    m.add_features(Features(csr_matrix(row), FEATURE_TYPE_SENTENCE, TEXT, "test"))
    return m


@pytest.fixture
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


def trained(storage):
    # The same word ("long") means one thing in the English examples and another in the French ones.
    examples = (
        [message("long session", "en", "ask_session_length") for _ in range(5)]
        + [message("hurt", "en", "ask_sensation") for _ in range(5)]
        + [message("long mal", "fr", "ask_sensation") for _ in range(5)]
        + [message("session", "fr", "ask_session_length") for _ in range(5)]
    )
    clf = IntentClassifier({"random_state": 7}, "clf", storage, Resource("clf"))
    clf.train(TrainingData(training_examples=examples))
    return clf


def intent_of(clf, m):
    clf.process([m])
    return m.get(INTENT)["name"]


def test_each_language_is_classified_by_its_own_examples(storage):
    clf = trained(storage)
    assert intent_of(clf, message("long", "en")) == "ask_session_length"
    assert intent_of(clf, message("long", "fr")) == "ask_sensation"


def test_the_french_classifier_is_saved_with_the_model(storage):
    trained(storage)
    from rasa.engine.graph import ExecutionContext, GraphSchema

    loaded = IntentClassifier.load(
        {"random_state": 7}, storage, Resource("clf"), ExecutionContext(GraphSchema({}), node_name="clf")
    )
    assert intent_of(loaded, message("long", "fr")) == "ask_sensation"
    assert intent_of(loaded, message("long", "en")) == "ask_session_length"


def test_a_message_pointing_to_no_language_gets_the_more_confident_answer(storage):
    clf = trained(storage)
    m = message("hurt", "en", sure=False)
    clf.process([m])
    assert m.get(INTENT)["name"] == "ask_sensation"
    assert m.get(INTENT)["confidence"] > 0.5


def test_a_message_parsed_alone_gets_the_confidences_it_gets_among_others(storage):
    """The server parses one message at a time (features put side by side directly, without
    scipy's stacking): a patient's question must get exactly the intent ranking it would get
    in a batch, whatever mix of sparse and dense features the pipeline gives it."""
    clf = trained(storage)
    texts = ["long session", "hurt", "long mal", "session hurt", "mal"]

    def with_dense(text):
        m = message(text, "en")
        m.add_features(Features(np.array([[0.5, float(len(text))]]), FEATURE_TYPE_SENTENCE, TEXT, "dense"))
        m.add_features(Features(csr_matrix(np.array([[1, 0, 2]])), FEATURE_TYPE_SENTENCE, TEXT, "counts"))
        return m

    for text in texts:
        for make in (lambda t: message(t, "en"), with_dense):
            alone, batch = make(text), make(text)
            one, stacked = clf._create_X([alone]), clf._create_X([batch, make("hurt")])
            assert one.shape[0] == 1 and one.dtype == stacked.dtype
            assert (one.toarray()[0] == stacked.toarray()[0]).all()
            if one.shape[1] == len(WORDS):  # the features the classifier was trained on
                assert np.array_equal(clf.clf.predict_proba(one)[0], clf.clf.predict_proba(stacked)[0])
                assert intent_of(clf, alone) == intent_of(clf, make(text))
