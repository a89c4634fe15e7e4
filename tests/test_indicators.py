from govreport_nlp.indicators import find_mentions, sentence_period


def fields(text):
    return [(text[m["start"]:m["end"]], m["indicator"], m["value"], m["unit"], m["kind"], m["qualifier"]) for m in find_mentions(text)]


def test_growth_target_with_qualifier():
    assert fields("主要预期目标是：全区生产总值增长6.5%左右，城镇新增就业1.2万人以上。") == [
        ("生产总值增长6.5%左右", "生产总值", 6.5, "%", "growth", "左右"),
        ("城镇新增就业1.2万人以上", "城镇新增就业", 1.2, "万人", "level", "以上"),
    ]


def test_level_and_elided_name():
    assert fields("一般公共预算收入年均增长7.2%，达到163.6亿元") == [
        ("一般公共预算收入年均增长7.2%", "一般公共预算收入", 7.2, "%", "growth", ""),
        ("达到163.6亿元", "一般公共预算收入", 163.6, "亿元", "level", ""),
    ]
    assert fields("国内生产总值超过126万亿元，增长5.2%")[1][:3] == ("增长5.2%", "国内生产总值", 5.2)


def test_counted_actions():
    assert fields("新建5G基站800个以上") == [("新建5G基站800个以上", "5G基站", 800.0, "个", "level", "以上")]
    assert fields("整治提升50个老旧小区")[0][:2] == ("50个老旧小区", "老旧小区")


def test_ranks_and_years_are_not_indicators():
    assert fields("居全市第3位，2021年") == []


def test_down_and_range():
    m = find_mentions("单位国内生产总值能耗降低2.5%左右")[0]
    assert m["direction"] == "down" and m["kind"] == "growth"
    r = find_mentions("居民收入增长6%-7%")[0]
    assert (r["value"], r.get("value_high")) == (6.0, 7.0)


def test_period():
    assert sentence_period("全区生产总值增长6.5%左右", "target", 2022) == 2022
    assert sentence_period("全区生产总值增长6.1%", "actual", 2022) == 2021
    assert sentence_period("五年来，生产总值年均增长6.1%", "actual", 2022) is None
    assert sentence_period("到2025年，达到", "target", 2022) == 2025
