"""The calculation functions: keyword names, golden values (the same as the C tests),
rounding, formatting."""

import math

import pytest

import eduind

# seed-indicators.md §2.1: Altay enrolment and full-time teachers, and the derived
# pupil:teacher ratios at 2 decimals.
COLUMNS = ["kindergarten", "primary", "secondary_subtotal", "junior_secondary", "senior_secondary",
           "sec_vocational_subtotal", "of_which_technical_school", "higher_education",
           "special_education", "total"]
ENROL = {2015: [21130, 49844, 32999, 20204, 12795, 3070, 1345, 4718, 50, 111811],
         2020: [28906, 54005, 35594, 23143, 12451, 4751, 1819, 6108, 194, 129558]}
TEACHERS = {2015: [965, 4736, 3381, 2114, 1267, 376, 136, 37, 25, 9520],
            2020: [2296, 5307, 3217, 2113, 1104, 439, 129, 143, 35, 11437]}
PTR = {2015: [21.90, 10.52, 9.76, 9.56, 10.10, 8.16, 9.89, 127.51, 2.00, 11.74],
       2020: [12.59, 10.18, 11.06, 10.95, 11.28, 10.82, 14.10, 42.71, 5.54, 11.33]}


@pytest.mark.parametrize("year", [2015, 2020])
def test_altay_pupil_teacher_ratios(year):
    for col, pupils, teachers, published in zip(COLUMNS, ENROL[year], TEACHERS[year], PTR[year]):
        value = eduind.pupil_teacher_ratio(pupils=pupils, teachers=teachers)
        assert value == pupils / teachers, col
        assert eduind.round(value, 2) == published, col
        assert eduind.format(value, 2, "ratio") == "%.2f:1" % published, col


def test_ptr_example_from_readme():
    assert eduind.pupil_teacher_ratio(54005, 5307) == pytest.approx(10.176182, abs=1e-6)
    assert eduind.format(eduind.pupil_teacher_ratio(54005, 5307), 2, unit="ratio") == "10.18:1"


def test_moe_cv_worked_example():
    # methodology D.1: 5 primary schools, books and pupils; published CV 0.52.
    books = [279, 137, 935, 160, 402]
    pupils = [45, 37, 89, 76, 55]
    cv = eduind.balance_cv(resource=books, students=pupils)
    assert cv == pytest.approx(0.515257, abs=5e-7)
    assert eduind.round(cv, 2) == 0.52
    assert eduind.balance_cv(books, pupils, per=100) == pytest.approx(cv, abs=1e-12)
    # The same number as the pupil-weighted CV of per-pupil values.
    per_pupil = [b / p for b, p in zip(books, pupils)]
    assert eduind.cv(per_pupil, weights=pupils) == pytest.approx(cv, abs=1e-12)
    # The unweighted CV is a different (wrong) number for this indicator.
    assert eduind.round(eduind.cv(per_pupil), 2) != 0.52


@pytest.mark.parametrize("female,male,unadjusted,adjusted", [
    (110, 100, 1.1, 1.090909),
    (27.3, 26.9, 1.014870, 1.014652),
    (50, 100, 0.5, 0.5),
])
def test_gpi_illustrations(female, male, unadjusted, adjusted):
    # methodology A.10
    assert eduind.gpi(female, male, adjusted=False) == pytest.approx(unadjusted, abs=1e-6)
    assert eduind.gpi(female, male, adjusted=True) == pytest.approx(adjusted, abs=1e-6)
    assert eduind.gpi(female=female, male=male) == eduind.gpi(female, male, True)


def test_gpi_is_not_the_reflection_variant():
    assert abs(eduind.gpi(110, 100) - 0.9) > 0.1


@pytest.mark.parametrize("value,decimals,expected", [
    (16.975, 2, 16.98), (1.005, 2, 1.01), (0.285, 2, 0.29), (2.675, 2, 2.68), (1.45, 1, 1.5),
    (0.5, 0, 1.0), (2.5, 0, 3.0), (-2.5, 0, -3.0), (-16.975, 2, -16.98), (9.995, 2, 10.0),
    (99.95, 1, 100.0), (0.005, 2, 0.01), (0.0049999, 2, 0.0), (0.1 + 0.2, 15, 0.3),
    (54005 / 5307, 2, 10.18),
])
def test_round_half_away_from_zero_on_the_decimal(value, decimals, expected):
    assert eduind.round(value, decimals) == expected
    assert eduind.round(value=value, decimals=decimals) == expected


def test_round_no_negative_zero():
    assert math.copysign(1, eduind.round(-0.004, 2)) == 1


# methodology D.5: MoE primary net enrolment (inputs in 万人, published at 1 decimal);
# the rows marked OK there.
NER_ROWS = [(1965, 11603.2, 9829.1, 84.7), (1990, 9740.7, 9529.7, 97.8), (1995, 12375.4, 12192.5, 98.5),
            (1996, 12876.5, 12723.3, 98.8), (1997, 13346.7, 13202.5, 98.9), (1999, 12991.4, 12872.8, 99.1),
            (2000, 12445.3, 12333.9, 99.1), (2002, 11310.4, 11150.0, 98.6), (2003, 10908.3, 10761.6, 98.7),
            (2004, 10548.1, 10437.1, 98.9), (2005, 10207.0, 10120.3, 99.2), (2006, 10075.5, 10001.5, 99.3),
            (2007, 9947.9, 9896.8, 99.5), (2008, 9772.0, 9727.1, 99.5), (2009, 9606.6, 9548.6, 99.4),
            (2010, 9501.5, 9473.3, 99.7), (2011, 9522.4, 9502.5, 99.8)]


@pytest.mark.parametrize("year,population,enrolled,published", NER_ROWS)
def test_moe_net_enrolment_table(year, population, enrolled, published):
    ner = eduind.net_enrolment_rate(enrolled_of_age=enrolled, population=population)
    assert eduind.round(ner, 1) == published


def test_enrolment_family():
    assert eduind.gross_enrolment_ratio(enrolled=28906, population=30000) == pytest.approx(96.353333, abs=1e-6)
    assert eduind.gross_enrolment_ratio(110, 100) == pytest.approx(110.0)  # may exceed 100
    assert eduind.adjusted_ner(90, 5, 100) == pytest.approx(95.0)
    assert eduind.gross_intake_ratio(new_entrants=105, population=100) == pytest.approx(105.0)
    assert eduind.out_of_school_rate(population=200, enrolled_of_age=190) == pytest.approx(5.0)
    assert eduind.ratio(num=3, den=4, scale=100) == 75.0
    assert eduind.ratio(3, 4) == 0.75
    assert eduind.proportion(part=1, whole=4, scale=100) == 25.0


def test_ner_cap():
    # max <= 100: unchanged; 100 < max <= limit: scaled by 100 / max (the GPI is kept)
    assert eduind.ner_cap(98, 99, 98.5) == (98, 99, 98.5)
    male, female, total = eduind.ner_cap(ner_male=102, ner_female=99, ner_total=100.5)
    assert male == pytest.approx(100.0)
    assert female == pytest.approx(99 * 100 / 102)
    assert female / male == pytest.approx(99 / 102)
    with pytest.raises(eduind.ResultRangeError):
        eduind.ner_cap(110, 99, 104, publish_limit=105)


def test_flow_and_retention():
    assert eduind.consolidation_rate(final_grade=95, cohort_grade1=100) == pytest.approx(95.0)
    assert eduind.consolidation_rate_adjusted(graduates=95, cohort_grade1=100, transfers_in=5,
                                              transfers_out=3, deaths=2) == pytest.approx(95.0)
    assert eduind.consolidation_rate_adjusted(95, 100) == pytest.approx(95.0)
    assert eduind.transition_rate(entrants=90, graduates=100) == pytest.approx(90.0)
    assert eduind.effective_transition_rate(entrants_next=95, repeaters_next=5, last_grade=100,
                                            last_grade_repeaters=10) == pytest.approx(100.0)
    assert eduind.promotion_rate(enrol_next_grade=95, repeaters_next_grade=5,
                                 enrol_grade=100) == pytest.approx(90.0)
    assert eduind.repetition_rate(repeaters_next_year=4, enrol_grade=100) == pytest.approx(4.0)
    assert eduind.dropout_rate(promotion_pct=90, repetition_pct=4) == pytest.approx(6.0)
    assert eduind.dropout_rate_direct(dropouts=3, enrolled_start=600) == pytest.approx(0.5)


def test_survival_rates():
    enrol = [1000, 900, 800]
    enrol_next = [1000, 920, 830]
    repeaters_next = [50, 40, 30]
    s = eduind.survival_rates(enrol, enrol_next, repeaters_next)
    assert s.shape == (3,)
    assert s[0] == 100.0
    assert all(0 < x <= 100 for x in s)
    assert list(eduind.survival_rates(enrol, enrol_next, repeaters_next, max_repetitions=-1)) == list(s)


def test_teachers():
    assert eduind.dual_qualified_share(dual_qualified=45, specialised=100) == pytest.approx(45.0)
    assert eduind.staffing_gap(pupils=1000, teachers=50, standard_ratio=19) == 3.0  # ceil(52.6) - 50
    assert eduind.staffing_gap(1000, 60, 19) == -7.0


def test_growth():
    assert eduind.growth_rate(previous=100, current=107) == pytest.approx(7.0)
    assert eduind.per_pupil_growth(spend_prev=1000, pupils_prev=10, spend_cur=1100,
                                   pupils_cur=10) == pytest.approx(10.0)
    assert eduind.cagr(start=100, end=121, years=2) == pytest.approx(10.0)
    assert eduind.required_growth(current=100, target=121, years=2) == pytest.approx(10.0)
    assert eduind.years_to_target(current=100, target=121, rate_pct=10) == pytest.approx(2.0)
    assert eduind.years_to_target(121, 121, 10) == 0.0
    with pytest.raises(eduind.DomainError):   # growing away from a lower target never arrives
        eduind.years_to_target(130, 121, 10)


def test_dispersion_helpers():
    assert eduind.weighted_mean([4, 6, 8], weights=[1, 1, 2]) == pytest.approx(6.5)
    assert eduind.weighted_mean([4, 6, 8]) == pytest.approx(6.0)
    assert eduind.share_at_least([40, 56, 60, 45], threshold=56) == pytest.approx(50.0)
    assert eduind.mean_years_schooling(population=[10, 30], years=[6, 12]) == pytest.approx(10.5)


def test_formatting():
    assert eduind.format_decimal(16.975, 2) == "16.98"
    assert eduind.format_decimal(0.5, 2) == "0.50"
    assert eduind.format(95.5, 1, "percent") == "95.5%"
    assert eduind.format(10.176, 2, "ratio") == "10.18:1"
    assert eduind.format(2.9, 1, "pp") == "2.9 pp"
    assert eduind.format(1, 0, "boolean") == "yes"
    assert eduind.format(3.14159, 3) == "3.142"
    assert set(eduind.UNITS) >= {"percent", "ratio", "coefficient"}
    with pytest.raises(eduind.InvalidArgumentError):
        eduind.format(1, 2, "furlongs")
    with pytest.raises(eduind.NonFiniteError):
        eduind.format_decimal(float("nan"), 2)


def test_numpy_scalars_are_numbers():
    np = pytest.importorskip("numpy")
    v = eduind.pupil_teacher_ratio(np.int64(54005), np.float32(5307))
    assert isinstance(v, float)
    assert v == 54005 / 5307
    assert eduind.round(np.float64(16.975), np.int32(2)) == 16.98


def test_positional_and_keyword_forms_agree():
    assert eduind.cagr(100, 150, 5) == eduind.cagr(start=100, end=150, years=5)
    assert eduind.balance_cv([1, 2], [3, 4], 1) == eduind.balance_cv(resource=[1, 2], students=[3, 4], per=1)


def test_version():
    assert eduind.__version__.count(".") == 2
    assert eduind.version_number() > 0
