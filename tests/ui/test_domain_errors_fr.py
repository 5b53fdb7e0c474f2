"""The domain's refusals (phone numbers, calling hours, priority rules): the same English for
the CLI and the logs, French in the interface."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from telerecouv.domain.money import parse_money
from telerecouv.domain.phones import normalise_phone
from telerecouv.domain.priority import PolicyError, PriorityPolicy
from telerecouv.domain.windows import CallingHours, HoursError
from telerecouv.services.domain_messages import (
    hours_problem,
    money_problem,
    phone_problem,
    policy_problem,
)
from telerecouv.store.errors import Msg
from telerecouv.ui.errors import translate
from telerecouv.ui.supervisor.queue_settings import parse_hours_text


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("", "FR", "Aucun numéro de téléphone indiqué"),
        ("abc", "FR", "abc n'est pas un numéro de téléphone"),
        ("06 12", "FR", "06 12 est trop court pour un numéro français"),
        ("06 12 34 56 78 90 12", "FR",
         "06 12 34 56 78 90 12 est trop long pour un numéro français"),
        ("+262 11 22 33 44", "FR", "+262 11 22 33 44 est trop court pour un numéro de La Réunion"),
        ("06 12", "MA", "06 12 est trop court pour un numéro marocain"),
        ("+212 1 23 45 67 89", "FR", "+212 1 23 45 67 89 n'est pas un numéro marocain valide"),
        ("+999 1234 5678", "FR", "+999 1234 5678 n'a pas d'indicatif de pays connu"),
        ("+32 12", "FR", "+32 12 est trop court pour un numéro BE"),  # no name: the ISO code
    ],
)  # fmt: skip
def test_phone_problems_in_french(french: None, raw: str, region: str, expected: str) -> None:
    number = normalise_phone(raw, region)
    problem = phone_problem(number)
    assert isinstance(problem, Msg)
    assert problem == number.message  # the English is the domain's, unchanged
    assert translate(problem) == expected


def test_a_valid_number_has_no_problem() -> None:
    assert phone_problem(normalise_phone("06 12 34 56 78", "FR")) is None


def _hours_error(build: Callable[[], Any]) -> HoursError:
    with pytest.raises(HoursError) as caught:
        build()
    return caught.value


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: parse_hours_text(0, "9h"),
         "lundi : '9h' n'est pas une plage de la forme 09:00-12:30"),
        (lambda: CallingHours.from_json({"1": [["9h", "12:00"]]}),
         "mardi : '9h' n'est pas une heure de la forme 09:00"),
        (lambda: CallingHours.from_json({"2": [["12:00", "09:00"]]}),
         "mercredi : la plage 12:00-09:00 se termine avant de commencer"),
        (lambda: CallingHours.from_json({"3": [["09:00", "12:00"], ["11:00", "13:00"]]}),
         "jeudi : deux plages se chevauchent"),
        (lambda: CallingHours.from_json({"4": "09:00"}),
         "vendredi : une liste de plages est attendue, et non '09:00'"),
        (lambda: CallingHours.from_json({"5": [["09:00"]]}),
         "samedi : une plage se compose de deux heures, et non ['09:00']"),
        (lambda: CallingHours.from_json({"7": []}),
         "clé de jour inconnue '7' (0 = lundi … 6 = dimanche)"),
        (lambda: CallingHours.from_json([]),  # type: ignore[arg-type]
         "les heures d'appel associent à chaque jour de la semaine (0 = lundi) "
         "des plages horaires"),
    ],
)  # fmt: skip
def test_calling_hours_problems_in_french(
    french: None, build: Callable[[], Any], expected: str
) -> None:
    error = _hours_error(build)
    problem = hours_problem(error)
    assert isinstance(problem, Msg) and problem == str(error)
    assert translate(problem) == expected


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: PriorityPolicy(notice_weight=-1),
         "notice_weight doit être compris entre 0 et 1,000,000."),
        (lambda: PriorityPolicy(notice_weight="x"), "notice_weight doit être un nombre."),
        (lambda: PriorityPolicy(age_horizon_days=0),
         "age_horizon_days doit être un nombre entier de 1 à 3650."),
        (lambda: PriorityPolicy.from_json({"age_horizon_days": 1.5}),
         "age_horizon_days doit être un nombre entier."),
        (lambda: PriorityPolicy.from_json({"colour": 1}),
         "Réglage de priorité inconnu : 'colour'."),
        (lambda: PriorityPolicy.from_json({"notice_weight": "x"}),
         "Le réglage de priorité notice_weight est illisible : "
         "could not convert string to float: 'x'."),
        (lambda: PriorityPolicy(stage_weights={}),
         "Le poids de l'étape NEW_CLAIM_NO_RIGHTS est manquant."),
        (lambda: PriorityPolicy(balance_points=((0, 0.0),)),
         "L'échelle des soldes nécessite au moins deux points, en partant de 0."),
        (lambda: PriorityPolicy(balance_points=((0, 0.5), (100, 0.1))),
         "Les points de l'échelle des soldes doivent croître en montant et en valeur "
         "(entre 0 et 1)."),
    ],
)  # fmt: skip
def test_priority_problems_in_french(french: None, build: Callable[[], Any], expected: str) -> None:
    with pytest.raises(PolicyError) as caught:
        build()
    problem = policy_problem(caught.value)
    assert isinstance(problem, Msg) and problem == str(caught.value)
    assert translate(problem) == expected


def test_an_unknown_domain_message_stays_english(french: None) -> None:
    reworded = HoursError("lundi: something new")
    assert hours_problem(reworded) == "lundi: something new"
    assert not isinstance(hours_problem(reworded), Msg)
    assert policy_problem(PolicyError("New rule.", "x")) == "New rule."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("douze", "'douze' n'est pas un montant ; format attendu : des chiffres avec "
                  "éventuellement une virgule ou un point et deux décimales au plus, "
                  "par ex. 1 234,56 ou 1234.56"),
        ("-", "'-' n'est pas un montant : il a un signe ou une devise mais aucun chiffre"),
        ("1,234", "montant ambigu : '1,234' ; un millier s'écrit 1234 ou 1 234, avec deux "
                  "décimales au plus"),
        ("", "montant vide : un nombre est attendu, par ex. 1 234,56"),
    ],
)  # fmt: skip
def test_amount_problems_in_french(french: None, text: str, expected: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_money(text)
    problem = money_problem(caught.value)
    assert isinstance(problem, Msg) and problem == str(caught.value)
    assert translate(problem) == expected
