"""A stroke told by its signs (an arm and a leg of one side that will not move, someone found on
the floor confused) and an overdose planned with a drug named instead of "pills" get the emergency
reply from a phrase alone, in English and French; the same words long past, asked about for
treatment, or after a race, do not."""

import pytest

from bot.nlu.safety import red_flag


@pytest.mark.parametrize(
    "text",
    [
        "my husband can't move his left arm and leg, it started 20 minutes ago",
        "she can't lift her right arm or her right leg since lunch, what do I do",
        "grandpa cannot move his left leg or arm and his words are off",
        "found mum on the kitchen floor, she can't get up and she's not making sense",
        "we found him lying on the bathroom floor, confused, he doesn't know us",
        "il peut plus bouger le bras droit ni la jambe depuis tantôt",
        "ma mère est pu capable de lever le bras gauche et la jambe",
    ],
)
def test_one_side_of_the_body_gone_or_found_confused_on_the_floor_alarms(text):
    assert red_flag(text) == "medical"


@pytest.mark.parametrize(
    "text",
    [
        "I have my dad's fentanyl patches here and I'm going to use all of them tonight. going to take all of it tonight",
        "mum's morphine is on the table and I'm gonna take all of it right now",
        "got a full box of codeine, going to swallow every one of them tonight",
    ],
)
def test_a_named_drug_to_be_taken_all_at_once_gets_the_crisis_line(text):
    assert red_flag(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my dad can't move his right arm or leg since his stroke in 2019, could acupuncture help?",
        "he had a stroke three years ago and still can't use his left arm and leg well, is dry needling ok?",
        "can't move my right arm or leg much after the marathon lol, would needling help the soreness?",
        "depuis son AVC il peut plus bouger le bras droit ni la jambe, l'acupuncture peut aider?",
        "i found my cat on the floor confused last year, anyway what does IMS cost?",
        "my morphine dose is going up, should I take it before the session?",
        "can't lift my left arm above my head, frozen shoulder for months. would IMS help?",
    ],
)
def test_the_same_signs_long_past_or_asked_about_for_treatment_do_not_alarm(text):
    assert red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "been stockpiling a box of sleeping pills and i'm taking them tonight, nobody will notice",
        "saved a jar of tablets for weeks. i can't do this anymore, going to take them after dinner",
    ],
)
def test_a_container_of_pills_saved_up_to_be_taken_gets_the_crisis_line(text):
    assert red_flag(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "I saved a bottle of painkillers from my surgery, can I take them before acupuncture?",
        "saved up a box of tablets for the trip tonight, is it ok to fly after needling?",
    ],
)
def test_pills_kept_for_an_ordinary_reason_do_not_alarm(text):
    assert red_flag(text) is None
