from govreport_nlp.sections import build_sections, part_of

REPORT = "\n".join([
    "2022年青岛市城阳区政府工作报告",
    "各位代表：",
    "一、本届政府工作回顾",
    "（一）五年来，我们大力实施新旧动能转换重大工程，创新发展实现新突破。经济持续稳步增长。",
    "全区生产总值年均增长6.1%。",
    "二、今后五年的目标任务",
    "今后五年，我们将聚焦湾区都市活力城阳。",
    "三、2022年主要工作安排",
    "（一）聚焦发展实体经济，努力在产业发展上求突破再提升",
    "1.培育壮大产业集群。加快建设先进制造业集聚区。",
    "结束语",
    "各位代表！让我们团结奋斗。",
])


def test_headings_levels_and_titles():
    sections = build_sections(REPORT)
    got = [(s["level"], s["number"], s["title"]) for s in sections]
    assert got == [
        (1, "一", "本届政府工作回顾"),
        (2, "一", "五年来，我们大力实施新旧动能转换重大工程，创新发展实现新突破"),
        (1, "二", "今后五年的目标任务"),
        (1, "三", "2022年主要工作安排"),
        (2, "一", "聚焦发展实体经济，努力在产业发展上求突破再提升"),
        (3, "1", "培育壮大产业集群"),
        (1, None, "结束语"),
    ]


def test_run_in_heading_ends_at_first_sentence():
    sections = build_sections(REPORT)
    sub = sections[1]
    assert REPORT[sub["start"]:sub["heading_end"]].endswith("新突破。")


def test_section_spans_nest_and_parts_inherit():
    sections = build_sections(REPORT)
    review, sub, goals, tasks, task_sub, item, closing = sections
    assert review["end"] == goals["start"] and sub["end"] == goals["start"]
    assert [s["part"] for s in sections[:6]] == ["review", "review", "goals", "tasks", "tasks", "tasks"]
    assert item["parent"] == 4 and task_sub["parent"] == 3
    assert closing["part"] is None


def test_title_block_is_not_a_heading():
    assert build_sections("政府工作报告\n国务院总理 李强\n各位代表：\n现在，我代表国务院报告工作。") == []


def test_part_cues():
    assert part_of("2023年工作回顾") == "review"
    assert part_of("2024年经济社会发展总体要求和政策取向") == "goals"
    assert part_of("2024年政府工作任务") == "tasks"
    assert part_of("关于国际形势和外交工作") is None


def test_numbered_list_items_are_not_headings():
    text = "\n".join([
        "（一）关于经济体制改革",
        "价格改革的主要内容是：",
        "一、适当提高铁路短途运价，以利于调整运输结构；",
        "二、适当拉开质量差价和地区差价，促进商品的合理流通；",
        "（二）关于精神文明建设",
    ])
    sections = build_sections(text)
    assert [s["title"] for s in sections] == ["关于经济体制改革", "关于精神文明建设"]


def test_levels_follow_the_order_styles_first_appear():
    # a report whose top level is （一）: its 一、 headings sit below it
    text = "\n".join([
        "（一）关于经济形势",
        "过去一年经济形势很好。",
        "（二）关于经济体制改革",
        "一、农村改革",
        "农村改革继续深化。",
        "二、城市改革",
        "城市改革全面展开。",
        "（三）关于对外开放",
    ])
    sections = build_sections(text)
    assert [(s["level"], s["title"]) for s in sections] == [
        (1, "关于经济形势"), (1, "关于经济体制改革"), (2, "农村改革"), (2, "城市改革"), (1, "关于对外开放")]
    reform, rural, urban = sections[1:4]
    assert rural["parent"] == 1 and urban["parent"] == 1
    assert reform["end"] == sections[4]["start"]


def test_part_of_differently_worded_headings():
    assert part_of("对2018年政府工作的建议") == "tasks"
    assert part_of("2009年工作总体部署") == "goals"
    assert part_of("今后五年的奋斗目标") == "goals"
    assert part_of("过去五年工作回顾") == "review"
    assert part_of("一年来的主要成绩") == "review"
    assert part_of("2022年重点工作") == "tasks"
