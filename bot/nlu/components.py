"""Custom Rasa graph components, named in config.yml.

InputCleaner runs first: it strips HTML and replaces personal details (phone numbers,
emails, postal codes, health-card numbers, dates) by placeholders, so markup and digits
never sway the classifier (a phone number once made "does it hurt? call me at ..." look
like an emergency), and writes punctuation a patient dictated ("question mark", "virgule")
as the marks (bot/nlu/dictation.py). Then it keeps only the question for the rest of the pipeline
(bot/nlu/focus.py): the story before it is in `needle_full_text`, which the actions read
for treatments and conditions. A message too long to answer reaches no other component
with its text, so no patient's long message holds the server for the others. It also says
which language the message is clearly written in (`needle_lang`: "en", "fr", or absent when
it is too short or mixed to tell; bot/nlu/language.py), for the actions to choose the
conversation's language; the spaCy pipeline reads French with French lemmas on its own
(bot/nlu/spacy_pipeline.py, whose tokenizer and lemmatizer this import registers).
SafetyOverride runs last, after the classifier and FallbackClassifier: a red-flag phrase
sets the intent to `emergency` (confidence 1.0) whatever the model predicted, and an
empty, emoji-only, very long or non-English message becomes `unclear_input`, so each
gets a clear, deliberate reply.
"""

from typing import Any, Dict, List, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES, SPACY_DOCS
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.shared.nlu.constants import ENTITIES, FEATURE_TYPE_SENTENCE, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from scipy.sparse import coo_matrix, csr_matrix, hstack, vstack

from bot.nlu import spacy_pipeline  # noqa: F401  (registers the tokenizer and French lemmas SpacyNLP loads)
from bot.nlu.dictation import spoken_punctuation
from bot.nlu.focus import FULL_TEXT, OTHER_QUESTIONS, question_focus
from bot.nlu.language import detect, hint, lean, warm_up
from bot.nlu.safety import MAX_CHARS, clean_text, input_problem, red_flag
from bot.nlu.spacy_pipeline import LANG_KEY, SURE_KEY
from bot.nlu.vocabulary import load_vocabulary
from bot.redact import redact

ORIGINAL_TEXT = "needle_original_text"
LANGUAGE = "needle_lang"
LANGUAGE_HINT = "needle_lang_hint"  # a short "bonjour": enough to start a conversation, never to switch one


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class InputCleaner(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "InputCleaner":
        warm_up()
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            message.set(ORIGINAL_TEXT, text)
            if len(text) > MAX_CHARS * 4:  # too long to answer (SafetyOverride says so): skip the work
                message.set(TEXT, "")
                continue
            cleaned = redact(spoken_punctuation(clean_text(text)))
            if len(cleaned) > MAX_CHARS:
                message.set(TEXT, "")
                continue
            lang = detect(cleaned)
            if lang:
                message.set(LANGUAGE, lang, add_to_output=True)
            else:
                weak = hint(cleaned)
                if weak:
                    message.set(LANGUAGE_HINT, weak, add_to_output=True)
            focus = question_focus(cleaned)
            if focus.text != cleaned:
                message.set(FULL_TEXT, cleaned, add_to_output=True)
                if focus.others:
                    message.set(OTHER_QUESTIONS, focus.others, add_to_output=True)
            if focus.text != text:
                message.set(TEXT, focus.text)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class SentenceCountVectors(CountVectorsFeaturizer):
    """Rasa's CountVectorsFeaturizer (same options, vocabulary and sentence features),
    without the per-token (sequence) features: the intent classifier reads sentence
    features only, and entities come from the spaCy ruler, so nothing ever used them, yet
    computing them was half of this featurizer's time on every message. A pipeline that
    adds DIET or CRF entities needs the stock CountVectorsFeaturizer back."""

    def _create_features(self, attribute, all_tokens):
        if not self.vectorizers.get(attribute):
            return [None], [None]
        sentence_features = []
        for tokens in all_tokens:
            if not tokens or attribute not in DENSE_FEATURIZABLE_ATTRIBUTES:
                sentence_features.append(None)
                continue
            vec = self.vectorizers[attribute].transform([" ".join(tokens)])  # as Rasa does
            vec.sort_indices()
            sentence_features.append(vec.tocoo())
        return [None] * len(all_tokens), sentence_features


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class IntentClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier, one per language, which raises on a message
    without features (an empty message, or HTML that cleans to nothing): such a message gets
    no intent here, and SafetyOverride answers it as unclear input.

    English and French: one model file, one pipeline and one set of features, but two
    logistic regressions, one trained on the English examples and one on the French ones
    (data/nlu/fr/). Trained together, French examples moved English predictions (the English
    cases lost about two points); apart, each language is classified as well as alone. A
    message goes to the classifier of the language its words point to (the spaCy
    tokenizer's reading, bot/nlu/spacy_pipeline.py); one whose words point nowhere ("IMS?",
    "ok") goes to both, and the more confident answer wins. Examples that point nowhere
    train both.

    Two costs found by profiling the server, removed without changing a prediction:
    - `_create_X` asked the message for its combined sparse features, which deep-copies and
      stacks the per-token (sequence) features of every featurizer only to throw them
      away; only the sentence features are used, so only they are stacked (same order,
      same matrix).
    - scikit-learn multiplies the features by `coef_.T`; with `coef_` in C order that
      transpose is copied (megabytes) on every message. Stored in Fortran order it is not.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from sklearn.base import clone

        self.clf_fr = clone(self.clf)
        self._has_fr = False

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        if len(messages) == 1:  # every message the server parses (training passes many)
            X = self._one_row(messages[0])
            if X is not None:
                return X
        rows = []
        for message in messages:
            sparse = [
                f.features
                for f in message.features
                if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_sparse()
            ]
            dense = [
                f.features
                for f in message.features
                if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_dense()
            ]
            parts = sparse + ([csr_matrix(np.concatenate(dense, axis=-1))] if dense else [])
            rows.append(hstack(parts) if parts else csr_matrix([]))
        return vstack(rows)

    @staticmethod
    def _one_row(message: Message) -> Optional[csr_matrix]:
        """One message's sentence features side by side, as the general path below stacks
        them, without scipy's hstack and vstack (bmat: about 0.3 ms a message, most of this
        classifier's time). Same columns, values and dtype; built in CSR, which scikit-learn
        converts the stacked COO matrix to anyway, so the probabilities are bit for bit the
        same (checked on every message of the cases). None when there is nothing to stack."""
        blocks, dense = [], []
        for f in message.features:
            if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE:
                if f.is_sparse():
                    blocks.append(f.features)
                elif f.is_dense():
                    dense.append(f.features)
        if dense:
            blocks.append(csr_matrix(np.concatenate(dense, axis=-1)))
        if not blocks or any(b.shape[0] != 1 for b in blocks):
            return None
        blocks = [b.tocoo(copy=False) for b in blocks]
        cols, width = [], 0
        for b in blocks:
            cols.append(b.col + width)
            width += b.shape[1]
        data = np.concatenate([b.data for b in blocks]).astype(
            np.result_type(*[b.dtype for b in blocks]), copy=False
        )
        col = np.concatenate(cols)
        return coo_matrix((data, (np.zeros(len(col), dtype=col.dtype), col)), shape=(1, width)).tocsr()

    @staticmethod
    def _language(message: Message) -> Optional[str]:
        """ "en" or "fr" as the tokenizer read the message, or None when nothing pointed either way."""
        doc = message.get(SPACY_DOCS[TEXT])
        if doc is None:
            return lean(message.get(TEXT) or "")
        return doc.user_data.get(LANG_KEY) if doc.user_data.get(SURE_KEY, True) else None

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        langs = [self._language(e) for e in examples]
        french = [e for e, lang in zip(examples, langs) if lang != "en"]
        english = [e for e, lang in zip(examples, langs) if lang != "fr"]
        self._has_fr = sum(lang == "fr" for lang in langs) > 0 and len({e.get(INTENT) for e in french}) > 1
        if not self._has_fr:  # no French data: one classifier, as before
            english = examples
        if english:
            self.clf.fit(self._create_X(english), [e.get(INTENT) for e in english])
        if self._has_fr:
            self.clf_fr.fit(self._create_X(french), [e.get(INTENT) for e in french])
        self.persist()
        return self._resource

    def persist(self) -> None:
        super().persist()
        if self._has_fr:
            import skops.io as sio

            with self._model_storage.write_to(self._resource) as model_dir:
                sio.dump(self.clf_fr, model_dir / f"{self._resource.name}.fr.skops")

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs) -> "IntentClassifier":
        component = super().load(config, model_storage, resource, execution_context, **kwargs)
        try:
            import skops.io as sio

            with model_storage.read_from(resource) as model_dir:
                path = model_dir / f"{resource.name}.fr.skops"
                if path.exists():
                    component.clf_fr = sio.load(path, trusted=sio.get_untrusted_types(file=path))
                    component._has_fr = True
        except ValueError:
            pass
        return component

    def _rank(self, clf, X) -> List[Dict[str, Any]]:
        if hasattr(clf, "coef_") and not clf.coef_.flags.f_contiguous:
            clf.coef_ = np.asfortranarray(clf.coef_)
        probas = clf.predict_proba(X)[0]
        return sorted(
            ({"name": k, "confidence": float(v)} for k, v in zip(clf.classes_, probas)),
            key=lambda e: -e["confidence"],
        )

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if not (message.get(TEXT) or "").strip() or not hasattr(self.clf, "classes_"):
                message.set(INTENT, {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
                continue
            X = self._create_X([message])
            lang = self._language(message) if self._has_fr else "en"
            rankings = []
            if lang != "fr":
                rankings.append(self._rank(self.clf, X))
            if lang != "en":
                rankings.append(self._rank(self.clf_fr, X))
            ranking = max(rankings, key=lambda r: r[0]["confidence"])
            if self.config[RANKING_LENGTH] > 0:
                ranking = ranking[: self.config[RANKING_LENGTH]]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


# Red flags are looked for in this much of a message: more than any real message (the longest
# we answer is MAX_CHARS), and a bound on the work a flood of text can cause.
RED_FLAG_SCAN_CHARS = 20_000


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            raw = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
            category = red_flag(raw[:RED_FLAG_SCAN_CHARS])
            if category:
                self._override(message, "emergency", "emergency_type", category)
                continue
            problem = input_problem(raw, load_vocabulary())
            if problem:
                self._override(message, "unclear_input", "input_problem", problem)
        return messages

    @staticmethod
    def _override(message: Message, intent: str, entity: str, value: str) -> None:
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent]
        message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}] + ranking, add_to_output=True)
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != entity]
        entities.append(
            {
                "entity": entity,
                "value": value,
                "start": 0,
                "end": 0,
                "confidence_entity": 1.0,
                "extractor": "SafetyOverride",
            }
        )
        message.set(ENTITIES, entities, add_to_output=True)
