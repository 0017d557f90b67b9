"""A Rasa 3.6 hot spot fixed without changing behaviour (applied by bot.tracker_store).

RemoteAction._validate_action_result called `jsonschema.validate(result, schema)` for
every action server response; `validate` first checks the (large) events schema itself
against the metaschema, which took about a third of the server's time under load. Here
the validator is built and the schema checked once; every response is still validated
against the same schema and raises the same ValidationError with the same message.
"""
from functools import lru_cache

_applied = False


@lru_cache(maxsize=1)
def _validator():
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self, result) -> bool:
    from jsonschema import ValidationError, exceptions
    from rasa.core.actions.action import DOCS_BASE_URL
    try:  # what jsonschema.validate does after checking the schema
        error = exceptions.best_match(_validator().iter_errors(result))
        if error is not None:
            raise error
        return True
    except ValidationError as e:
        e.message += (". Failed to validate Action server response from API, "
                      "make sure your response from the Action endpoint is valid. "
                      f"For more information about the format visit {DOCS_BASE_URL}/custom-actions")
        raise e


def apply() -> None:
    global _applied
    if _applied:
        return
    from rasa.core.actions.action import RemoteAction
    RemoteAction._validate_action_result = _validate_action_result
    _applied = True
