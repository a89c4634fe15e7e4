from govreport_nlp.sentences import sentence_spans


def split(text, heading_ends=()):
    return [text[s:e] for s, e in sentence_spans(text, set(heading_ends))]


def test_ends_and_paragraphs():
    assert split("经济持续稳步增长。全区生产总值年均增长6.1%！\n各位代表：\n好吗？是的") == [
        "经济持续稳步增长。", "全区生产总值年均增长6.1%！", "各位代表：", "好吗？", "是的"]


def test_semicolons_colons_and_lists_do_not_split():
    text = "主要预期目标是：生产总值增长6.5%左右；一是稳增长，二是促改革。"
    assert split(text) == [text]


def test_quotes_keep_inner_stops():
    text = "他说：“我们要干。干就干好。”大家都同意。"
    assert split(text) == ["他说：“我们要干。干就干好。”", "大家都同意。"]


def test_dash_items_and_headings():
    text = "——建设先进制造业集聚区。——打造国际化枢纽。\n（一）聚焦实体经济 努力提升"
    assert split(text, heading_ends=[len(text)]) == ["——建设先进制造业集聚区。", "——打造国际化枢纽。", "（一）聚焦实体经济 努力提升"]


def test_heading_without_punctuation_is_cut_at_heading_end():
    text = "一、本届政府工作回顾过去五年成绩显著。"
    assert split(text, heading_ends=[10]) == ["一、本届政府工作回顾", "过去五年成绩显著。"]


def test_unclosed_quote_does_not_swallow_paragraph():
    text = "“" + "甲" * 250 + "。乙。"
    assert len(split(text)) == 2
