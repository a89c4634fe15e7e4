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


def test_list_opener_colon_and_numbered_clauses_stay_in_their_sentence():
    text = "一年来，我们主要做了以下工作：一是稳增长，全区生产总值增长6.5%；二是促改革，完成机构改革。三是惠民生。"
    assert split(text) == ["一年来，我们主要做了以下工作：一是稳增长，全区生产总值增长6.5%；二是促改革，完成机构改革。", "三是惠民生。"]


def test_opener_paragraph_and_dash_items_are_separate_sentences():
    text = "今后五年的奋斗目标是：\n——建设先进制造业集聚区。现代产业体系更加完善。\n——建设创新创意引领区。"
    assert split(text) == ["今后五年的奋斗目标是：", "——建设先进制造业集聚区。", "现代产业体系更加完善。", "——建设创新创意引领区。"]


def test_closing_exclamation_with_quote():
    text = "他强调：“要干字当头！”让我们团结奋斗！"
    assert split(text) == ["他强调：“要干字当头！”", "让我们团结奋斗！"]
