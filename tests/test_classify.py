"""Sentence labels: rules where the guide is categorical, calibrated probabilities, training pieces."""
from __future__ import annotations

import numpy as np
import pytest
import spacy

from govreport_nlp import classify, sections, sentences  # noqa: F401  (register factories)
from govreport_nlp.classify import LABELS, apply_rule, sentence_features, target_list_items
from govreport_nlp.train import calibrate, expected_calibration_error

REPORT = "\n".join([
    "各位代表：",
    "一、今后五年的目标任务",
    "今后五年的奋斗目标是：",
    "——建设先进制造业集聚区。现代产业体系更加完善，制造业增加值占比达到39%以上。",
    "——建设创新创意引领区。创新生态全面优化。",
    "二、2022年主要工作安排",
    "——加快建设高新区。新建5G基站800个以上。",
    "今年要着重抓好以下工作：",
    "加快建设青岛高新区。",
])


@pytest.fixture(scope="module")
def labeler():
    nlp = spacy.blank("zh")
    nlp.add_pipe("govreport_sections")
    nlp.add_pipe("govreport_sentences")
    nlp.add_pipe("govreport_sentence_labels")
    return nlp


def by_text(doc):
    return {s.text.strip(): s for s in doc.sents}


def test_scores_are_probabilities_and_label_is_the_most_probable(labeler):
    doc = labeler(REPORT)
    for sent in doc.sents:
        scores = sent._.label_scores
        assert set(scores) == set(LABELS)
        assert abs(sum(scores.values()) - 1) < 1e-5
        assert sent._.label == max(scores, key=scores.get)


def test_colon_final_sentences_are_other(labeler):
    sents = by_text(labeler(REPORT))
    for text in ("各位代表：", "今后五年的奋斗目标是：", "今年要着重抓好以下工作："):
        assert sents[text]._.label == "other", text
        assert sents[text]._.label_scores["other"] >= 0.95


def test_target_list_items_and_their_descriptions_are_goals(labeler):
    sents = by_text(labeler(REPORT))
    for text in ("——建设先进制造业集聚区。", "现代产业体系更加完善，制造业增加值占比达到39%以上。", "——建设创新创意引领区。", "创新生态全面优化。"):
        assert sents[text]._.label == "goal", text


def test_target_rule_stays_inside_the_targets_section(labeler):
    doc = labeler(REPORT)
    flags = dict(zip((s.text.strip() for s in doc.sents), target_list_items(doc)))
    assert flags["——建设先进制造业集聚区。"] and flags["创新生态全面优化。"]
    assert not flags["——加快建设高新区。"] and not flags["新建5G基站800个以上。"]
    assert not flags["今后五年的奋斗目标是："]


def test_features_carry_section_and_neighbour_context(labeler):
    doc = labeler(REPORT)
    texts, contexts = sentence_features(doc)
    assert len(texts) == len(contexts) == len(list(doc.sents))
    item = texts.index("——建设先进制造业集聚区。")
    assert "part=goals" in contexts[item]
    assert "after_colon" in contexts[item]
    assert any(f.startswith("top_title=") for f in contexts[item])
    description = texts.index("现代产业体系更加完善，制造业增加值占比达到0%以上。")
    assert "para_idx=1" in contexts[description]


def test_apply_rule_keeps_a_distribution():
    row = np.array([0.1, 0.2, 0.6, 0.1])
    out = apply_rule(row, LABELS.index("other"))
    assert abs(out.sum() - 1) < 1e-9 and out.argmax() == LABELS.index("other")


def test_calibration_cools_overconfident_scores():
    rng = np.random.default_rng(0)
    n = 2000
    y = rng.integers(0, 4, n)
    scores = rng.normal(size=(n, 4))
    scores[np.arange(n), y] += 1.0
    hot = scores * 5  # the same ranking, five times too confident
    temperature, bias = calibrate(hot, [LABELS[k] for k in y])
    assert 3.5 < temperature < 7
    probs = np.exp(hot / temperature + bias)
    probs /= probs.sum(axis=1, keepdims=True)
    raw = np.exp(hot - hot.max(axis=1, keepdims=True))
    raw /= raw.sum(axis=1, keepdims=True)
    correct = probs.argmax(1) == y
    assert expected_calibration_error(probs.max(1), correct) < expected_calibration_error(raw.max(1), correct) / 2


def test_expected_calibration_error():
    conf = np.array([0.9] * 10 + [0.6] * 10)
    correct = np.array([True] * 9 + [False] + [True] * 3 + [False] * 7)
    assert expected_calibration_error(conf, correct) == pytest.approx((10 * 0.0 + 10 * 0.3) / 20)


def test_report_year_without_metadata(labeler):
    from govreport_nlp.classify import report_year

    def year_of(text):
        doc = labeler(text)
        return report_year(doc, doc._.sections, [s.text for s in doc.sents])

    assert year_of("各位代表：\n一、1993年国内工作的回顾和1994年工作的基本方针\n过去的一年成绩很大。") == 1994
    assert year_of("各位代表：\n一、过去一年工作回顾\n成绩很大。\n二、2005年工作总体部署\n今年要稳定增长。") == 2005
    assert year_of("各位代表：\n刚刚过去的1984年，是取得伟大成就的一年。") == 1985
    assert year_of("各位代表：\n成绩很大。") is None


def test_chain_marginals_match_brute_force_enumeration():
    from itertools import product

    from govreport_nlp.classify import chain_marginals

    rng = np.random.default_rng(1)
    probs = rng.dirichlet(np.ones(4), size=4)
    pairwise = rng.normal(size=(4, 4))
    expected = np.zeros_like(probs)
    for path in product(range(4), repeat=len(probs)):
        weight = np.prod([probs[t, y] for t, y in enumerate(path)]) * np.exp(sum(pairwise[a, b] for a, b in zip(path, path[1:])))
        for t, y in enumerate(path):
            expected[t, y] += weight
    expected /= expected.sum(axis=1, keepdims=True)
    assert np.allclose(chain_marginals(probs, pairwise), expected)
    assert np.array_equal(chain_marginals(probs, np.zeros((4, 4))), probs)


def test_an_unsure_sentence_leans_towards_its_neighbours():
    from govreport_nlp.classify import chain_marginals

    goal, task = LABELS.index("goal"), LABELS.index("task")
    probs = np.array([[0.02, 0.9, 0.06, 0.02], [0.05, 0.45, 0.45, 0.05], [0.02, 0.9, 0.06, 0.02]])
    pairwise = np.full((4, 4), -0.5)
    np.fill_diagonal(pairwise, 1.0)
    out = chain_marginals(probs, pairwise)
    assert out[1, goal] > out[1, task]
    assert np.allclose(out.sum(axis=1), 1)


def test_ruled_sentences_keep_their_rule_when_decoded():
    from govreport_nlp.classify import decode

    other = LABELS.index("other")
    probs = np.array([[0.1, 0.8, 0.05, 0.05], [0.1, 0.7, 0.1, 0.1], [0.1, 0.8, 0.05, 0.05]])
    pairwise = np.full((4, 4), -1.0)
    np.fill_diagonal(pairwise, 2.0)
    out = decode(probs, [None, other, None], pairwise)
    assert out[1].argmax() == other and out[1, other] >= 0.95
    assert np.allclose(out.sum(axis=1), 1)


def test_label_transitions_count_within_documents_only():
    from govreport_nlp.train import label_transitions

    labels = ["goal", "goal", "goal", "task", "task", "task"]
    lt = label_transitions(labels, ["a", "a", "a", "a", "a", "a"])
    g, t = LABELS.index("goal"), LABELS.index("task")
    assert lt[g, g] > 0 and lt[t, t] > 0 and lt[t, g] < 0
    # the same labels as two documents: the goal→task step is no transition
    split = label_transitions(labels, ["a", "a", "a", "b", "b", "b"])
    assert split[g, t] < lt[g, t]


def test_saved_ensemble_scores_as_its_members_blended(tmp_path):
    """The component's probabilities are those training computes: each member
    calibrated (the NB-weighted one on binary rows), their mean calibrated again."""
    from govreport_nlp.classify import SentenceLabeler
    from govreport_nlp.classify import softmax
    from govreport_nlp.train import TrainingSet, binarize, blend, fit, fit_nb, save_linear, vectorize

    data = TrainingSet()
    rows = [("过去一年经济增长了6%。", "review"), ("今年的主要预期目标是增长5%左右。", "goal"),
            ("加快建设高新区。", "task"), ("各位代表：", "other"), ("我们完成了各项任务。", "review"),
            ("力争实现更高目标。", "goal"), ("推进乡村振兴。", "task"), ("请予审议。", "other")]
    for text, label in rows:
        data.add(text, [f"len={len(text)}", "bias"], label, 1.0, "d")
    X = vectorize(data.texts, data.contexts)
    model = fit(data, X=X)
    model.nb = fit_nb(data, X=X)
    model.temperature, model.bias = 1.5, np.array([0.0, 0.2, -0.1, 0.3], np.float32)
    model.nb.temperature, model.nb.bias = 0.8, np.array([0.0, -0.2, 0.1, 0.0], np.float32)
    model.blend_temperature, model.blend_bias = 1.2, np.array([0.0, 0.1, 0.0, -0.1], np.float32)
    save_linear(model, tmp_path / "m.npz")
    labeler = SentenceLabeler(spacy.blank("zh"), "labels", str(tmp_path / "m.npz"))
    assert len(labeler.members) == 2
    # weights are stored as float16: score with the stored weights
    with np.load(tmp_path / "m.npz") as z:
        coef, nb_coef = z["coef"].astype(np.float32), z["nb_coef"].astype(np.float32)
    lr = softmax((X @ coef.T + model.intercept) / model.temperature + model.bias)
    nb = softmax((binarize(X) @ nb_coef.T + model.nb.intercept) / model.nb.temperature + model.nb.bias)
    expected = softmax(blend([lr, nb]) / model.blend_temperature + model.blend_bias)
    got = labeler.predict_proba(data.texts, data.contexts)
    assert np.allclose(got, expected, atol=1e-5)
    assert (got.argmax(axis=1) == [LABELS.index(label) for _, label in rows]).mean() > 0.7
    # a model file of one member scores as that member alone
    model.nb = None
    save_linear(model, tmp_path / "one.npz")
    single = SentenceLabeler(spacy.blank("zh"), "labels", str(tmp_path / "one.npz"))
    assert np.allclose(single.predict_proba(data.texts, data.contexts), lr, atol=1e-5)
