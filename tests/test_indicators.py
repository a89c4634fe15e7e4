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
    # docs/annotation.md §C: "五年来 in a 2022 report → 2017-2021" (was None before the gold settled it)
    assert sentence_period("五年来，生产总值年均增长6.1%", "actual", 2022) == "2017-2021"
    assert sentence_period("到2025年，达到", "target", 2022) == 2025


def test_chinese_and_fullwidth_numbers():
    m = find_mentions("粮食产量达到四亿零七百多万吨，比上年增长５．１％")
    assert [(x["indicator"], x["value"], x["unit"], x["qualifier"], x["kind"]) for x in m] == [
        ("粮食产量", 4.07, "亿吨", "多", "level"), ("粮食产量", 5.1, "%", "", "growth")]
    m = find_mentions("社会消费品零售总额扣除价格因素增长百分之十一点六")[0]
    assert (m["value"], m["unit"], m["kind"]) == (11.6, "%", "growth")
    assert find_mentions("全年施工的更新改造项目七万四千个")[0]["value"] == 7.4
    assert find_mentions("实际使用的国外资金达二十六亿六千万美元")[0]["unit"] == "亿美元"


def test_fractions_multiples_and_implied_people():
    assert [(m["value"], m["unit"]) for m in find_mentions("专项转移支付项目减少三分之二")] == [(66.7, "%")]
    assert find_mentions("人员编制总数减少一半")[0]["value"] == 50.0
    m = find_mentions("人才总量达到27万人、实现翻两番")[1]
    assert (m["indicator"], m["value"], m["unit"], m["kind"]) == ("人才总量", 4.0, "倍", "growth")
    m = find_mentions("农村贫困人口比上年减少290万")[0]
    assert (m["indicator"], m["unit"], m["kind"], m.get("direction")) == ("农村贫困人口", "万人", "growth", "down")
    assert find_mentions("惠及居民8万余户")[0]["qualifier"] == "多"


def test_from_to_and_pairs():
    m = find_mentions("高速公路里程从9.6万公里增加到13.6万公里")
    assert [(x["indicator"], x["value"], x["kind"]) for x in m] == [
        ("高速公路里程", 9.6, "level"), ("高速公路里程", 13.6, "level")]
    m = find_mentions("城镇居民人均可支配收入和农村居民人均纯收入分别实际增长8.4%和8%")
    assert [(x["indicator"], x["value"]) for x in m] == [("城镇居民人均可支配收入", 8.4), ("农村居民人均纯收入", 8.0)]


def test_reductions_and_documents():
    m = find_mentions("退出钢铁产能1.7亿吨以上")[0]
    assert (m["indicator"], m["kind"], m.get("direction")) == ("钢铁产能", "growth", "down")
    assert find_mentions("制定修订行政法规37部") == []
    assert find_mentions("常住人口城镇化率提高到66.2%")[0]["kind"] == "level"


def test_hedged_doubling_is_read():
    found = find_mentions("全国财政收入十年接近翻一番。")
    assert [(m["value"], m["unit"]) for m in found] == [(2.0, "倍")]


def test_counts_sharing_one_object():
    """54件、186项民生实事: both counts measure 民生实事 (the gold of the seed report)."""
    got = fields("54件、186项民生实事和一大批改革举措落地")
    assert [(g[1], g[2], g[3]) for g in got] == [("民生实事", 54.0, "件"), ("民生实事", 186.0, "项")]


def test_added_counts_drop_the_verb_from_the_name():
    """新增 is the verb of a counted addition (docs/annotation.md §3: the name
    without the verb); statistical terms that carry it, and added amounts, keep it."""
    names = lambda text: [m["indicator"] for m in find_mentions(text)]  # noqa: E731
    assert names("新增公共停车泊位1150个") == ["公共停车泊位"]
    assert names("新增高技能人才6万人以上") == ["高技能人才"]
    assert names("城镇新增就业1200万人以上") == ["城镇新增就业"]
    assert names("新增市场主体3万户") == ["新增市场主体"]
    assert names("新增煤炭生产能力1.2亿吨") == ["新增煤炭生产能力"]
    assert names("新增支出140亿元") == ["新增支出"]
