"""Ownership in both directions: a million calls leak nothing (resident size steady)."""

import gc
import os

import numpy as np
import pytest

import eduind
from conftest import DATA

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    gc.collect()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def steady(fn, warm, rounds, limit):
    """Runs fn `warm` times, then `rounds` times more; the resident size may grow by at
    most `limit` bytes in between (a leak of a few bytes per call would exceed it)."""
    fn(warm)
    before = rss()
    fn(rounds)
    grown = rss() - before
    assert grown < limit, "resident size grew by %d bytes" % grown


def test_a_million_scalar_calls():
    ptr = eduind.pupil_teacher_ratio

    def calls(n):
        for _ in range(n):
            ptr(54005, 5307)
    steady(calls, 100_000, 1_000_000, 1 << 20)


def test_failing_calls_release_their_exceptions():
    def calls(n):
        for _ in range(n):
            try:
                eduind.growth_rate(0, 1)
            except eduind.ZeroDenominatorError:
                pass
    steady(calls, 20_000, 200_000, 1 << 20)


def test_bulk_calls():
    a = np.linspace(1, 1000, 10_000)

    def calls(n):
        for _ in range(n):
            eduind.pupil_teacher_ratio(a, 7.0, return_status=True)
            eduind.cagr(a, a * 1.1, 3.0)
            eduind.round(a, 2)
            eduind.balance_cv(a, a + 1)
    steady(calls, 20, 300, 2 << 20)


def test_datasets_and_plans_are_freed():
    text = (DATA / "mini.dataset.json").read_text()
    plan = (DATA / "mini.plan.json").read_text()

    def calls(n):
        for _ in range(n):
            ds = eduind.Dataset.from_json(text)
            ds.to_json()
            ds.entities
            ds.get_state("altay", 2020, "enrol.primary")
            eduind.Plan.from_json(plan).targets
            try:
                eduind.Dataset.from_json(DATA / "trailing_comma.json")
            except eduind.ParseError:
                pass
    steady(calls, 500, 5_000, 2 << 20)


def test_catalogues_and_results_are_freed():
    ds = eduind.Dataset.from_json(DATA / "mini.dataset.json")

    def calls(n):
        for _ in range(n):
            cat = eduind.Catalog.builtin()
            list(cat)
            eduind.results(cat, ds).rows()
    steady(calls, 20, 200, 4 << 20)
