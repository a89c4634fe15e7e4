"""Cleaning stage: seed page, national reports, contract, encodings, normalisation."""
from __future__ import annotations

import importlib
import re

import pytest

from govreport_nlp import CleanError, CleanText, clean

C = importlib.import_module("govreport_nlp.clean")

META_KEYS = {"title", "region", "level", "year", "meeting", "speaker", "role", "date"}
RESIDUE = re.compile(r"公有领域|维基文库|Public domain|\bfalse\b|本作品|著作权法|本模板|[\u200b-\u200f\u2060\ufeff]")
SEED_CHROME = re.compile(
    r"设为首页|复制链接|发表于|积分|签到|每日心情|小时前|帖子|版主|Powered|快速回复|返回顶部|客服中心|联系电话|您需要登录|Rank|"
    r"在线|周一|010-|\[山东\]|查看|回复"
)
HAN = re.compile(r"[\u4e00-\u9fff]")


def _check_map(c: CleanText, raw: str) -> None:
    assert len(c.to_raw) == len(c.text) + 1
    assert all(0 <= x <= len(raw) for x in c.to_raw)
    assert all(a <= b for a, b in zip(c.to_raw, c.to_raw[1:]))


# ---------------------------------------------------------------- seed page

def test_seed_page(sample_text):
    c = clean(sample_text, name="seed")
    _check_map(c, sample_text)
    lines = c.text.split("\n")
    assert lines[0] == "2022年青岛市城阳区政府工作报告"
    assert lines[1] == "——2022年2月23日在青岛市城阳区第七届人民代表大会第一次会议上"
    assert lines[2] == "青岛市城阳区代区长 殷连刚"
    assert lines[3] == "各位代表："
    assert lines[-1].startswith("各位代表，历史洪流奔涌向前")
    assert len(lines) == 65  # one per paragraph of the post, title to closing paragraph
    assert not RESIDUE.search(c.text) and not SEED_CHROME.search(c.text)
    assert "\n\n" not in c.text and not re.search(r"^[ \u3000]", c.text, re.M)
    # every Han character of the post survives
    raw_body = sample_text[sample_text.index("    2022年青岛市城阳区政府工作报告"):sample_text.index("您需要登录")]
    assert len(HAN.findall(c.text)) == len(HAN.findall(raw_body))
    # the map points at the same characters in the raw page
    i = c.text.index("全区生产总值年均增长6.1%")
    r = c.to_raw[i]
    assert sample_text[r:r + 14] == "全区生产总值年均增长6.1%"[:14]
    assert c.meta == {
        "title": "2022年青岛市城阳区政府工作报告", "region": "青岛市城阳区", "level": "district", "year": 2022,
        "meeting": "青岛市城阳区第七届人民代表大会第一次会议", "speaker": "殷连刚", "role": "青岛市城阳区代区长",
        "date": "2022-02-23",
    }
    # ASCII punctuation of the forum copy is restored
    assert "现在，我代表区人民政府" in c.text and "（其中高新区30.7亿元）" in c.text


def test_seed_in_shared_matches_sample(shared_dir, sample_text):
    raw = (shared_dir / "corpora" / "seed" / "2022_qingdao_chengyang_forum_page.txt").read_text(encoding="utf-8")
    assert clean(raw).text == clean(sample_text).text


# ---------------------------------------------------------- national reports

def test_national_reports_no_residue(national_reports):
    assert len(national_reports) == 68
    for doc_id, rec in national_reports.items():
        raw = rec["content"]
        c = clean(raw, name=doc_id)
        _check_map(c, raw)
        assert c.text, doc_id
        m = RESIDUE.search(c.text)
        assert m is None, (doc_id, c.text[max(0, m.start() - 40):m.end() + 40])
        assert "\n\n" not in c.text
        # body kept: every Han char before the licence footer survives (1:1
        # even for traditional pages, which are converted character by character)
        cut = min([raw.find(k) for k in ("本作品", "Public domain") if k in raw] or [len(raw)])
        kept = len(HAN.findall(c.text)) / max(1, len(HAN.findall(raw[:cut])))
        assert kept >= 0.998, (doc_id, kept)
        for line in c.text.split("\n"):
            assert line == line.strip(), (doc_id, line)


def test_national_link_splits_joined(national_reports):
    c = clean(national_reports["national-2017"]["content"])
    assert "政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理李克强\n各位代表：" in c.text
    assert "党的十八届六中全会正式明确习近平总书记的核心地位" in c.text
    assert "光缆线路550多万公里。" in c.text
    c = clean(national_reports["national-2024"]["content"])
    assert c.meta["speaker"] == "李强" and c.meta["role"] == "国务院总理"
    assert c.meta["date"] == "2024-03-05" and c.meta["year"] == 2024 and c.meta["level"] == "national"
    assert c.meta["meeting"] == "第十四届全国人民代表大会第二次会议"
    c = clean(national_reports["national-2002"]["content"])
    assert "国民经济保持良好发展势头。在世界经济增长明显减速的情况下" in c.text
    assert "2001年国内生产总值达到95933亿元，比上年增长7.3%" in c.text  # full-width digits
    assert c.meta["title"] is None and c.meta["year"] is None  # not stated: not guessed


def test_national_traditional_converted(national_reports):
    c = clean(national_reports["national-1954"]["content"])
    assert "我们第一届全国人民代表大会第一次会议" in c.text
    assert "們" not in c.text and "國" not in c.text
    c = clean(national_reports["national-1957"]["content"])
    assert c.meta["speaker"] == "周恩来" and c.meta["date"] == "1957-06-26"
    assert "会議" not in c.text


def test_national_resolution_head(national_reports):
    rec = next(r for r in national_reports.values() if r["content"].startswith("第十四届全国人民代表大会第一次会议关于政府工作报告的决议"))
    c = clean(rec["content"])
    assert c.text.startswith("第十四届全国人民代表大会第一次会议关于政府工作报告的决议\n（2023年3月13日第十四届全国人民代表大会第一次会议通过）\n")
    assert c.meta["date"] == "2023-03-13" and c.meta["speaker"] is None


def test_spaced_numbers_in_national(national_reports):
    c = clean(national_reports["national-1998"]["content"])
    assert "本届政府从1993年3月就职" in c.text


# ---------------------------------------------------------------- contract

def test_contract_types_and_empty():
    c = clean("")
    assert c.text == "" and c.to_raw == [0] and set(c.meta) == META_KEYS
    assert all(v is None for v in c.meta.values())
    with pytest.raises(CleanError, match="<input>|expected str or bytes"):
        clean(12345)  # type: ignore[arg-type]


def test_meta_missing_fields_are_null():
    c = clean("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n今年全县生产总值增长6%左右，一般公共预算收入增长5%。")
    assert set(c.meta) == META_KEYS
    assert all(v is None for v in c.meta.values())


def test_undecodable_bytes_rejected_with_name():
    junk = bytes(range(256)) * 20
    with pytest.raises(CleanError) as e:
        clean(junk, name="junk.bin")
    assert "junk.bin" in str(e.value)
    with pytest.raises(CleanError) as e:
        clean(b"\x81\x30" + "各位代表".encode("utf-16-le") + b"\xff" * 100 + bytes(range(0, 32)) * 50)
    assert "<bytes input>" in str(e.value)


def test_pdf_bytes_rejected_from_clean():
    with pytest.raises(CleanError, match="read_document"):
        clean(b"%PDF-1.7\n...", name="x.pdf")


BODY = "2023年某某县政府工作报告\n——2023年1月10日在某某县第十八届人民代表大会第三次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员提出意见。\n一、2022年工作回顾\n全县地区生产总值增长5.2%，一般公共预算收入达到12.6亿元，经济运行稳中向好。"


@pytest.mark.parametrize("region,level", [("荣成市", "county"), ("山东省荣成市", "county"), ("仙桃市", "county"),
                                          ("洛阳市", "city"), ("东莞市", "city"), ("苏州市", "city")])
def test_a_county_level_city_named_alone_is_a_county(region, level):
    """荣成市 is a county-level city, 洛阳市 a prefecture: the division list
    (models/gazetteers/county_cities.txt) decides the level a name alone does
    not tell; 东莞市 was county-level until 1988 and is a prefecture now."""
    text = (f"2022年政府工作报告\n——2022年1月10日在{region}第十九届人民代表大会第一次会议上\n"
            "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。")
    assert clean(text).meta["level"] == level


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk"])
def test_encodings(enc):
    c = clean(BODY.encode(enc), name=f"page.{enc}")
    assert c.text == BODY
    assert c.meta["year"] == 2023 and c.meta["date"] == "2023-01-10" and c.meta["level"] == "county"


def test_big5_traditional():
    import opencc

    raw = opencc.OpenCC("s2tw").convert(BODY)
    c = clean(raw.encode("big5"))
    assert c.text == BODY


# ---------------------------------------------------------- normalisation

def _body(s: str) -> str:
    return clean("各位代表：\n" + s).text.split("\n", 1)[1]


def test_pinyin_removed():
    assert _body("我們要推動經(jīng)濟(jì)高質量發(fā)展，提高人民生活水平。") == "我们要推动经济高质量发展，提高人民生活水平。"
    assert _body("推动经济（jing1）发展，增长率达到百分之五，国内生产总值(GDP)稳定增长。") == \
        "推动经济发展，增长率达到百分之五，国内生产总值(GDP)稳定增长。"


def test_width_and_spaces_in_numbers():
    assert _body("国内生产总值增长８．１％，达到１１４万亿元，城镇新增就业１２６９万人。") == \
        "国内生产总值增长8.1%，达到114万亿元，城镇新增就业1269万人。"
    assert _body("本届政府从1 9 9 3 年3 月就职，物价涨幅回落到8 ％，国内生产总值达到39.8 万亿元。") == \
        "本届政府从1993年3月就职，物价涨幅回落到8%，国内生产总值达到39.8万亿元。"
    assert _body("收入合计２７，２０３，３１９，０００元，比上年增长，结构持续优化。") == "收入合计27,203,319,000元，比上年增长，结构持续优化。"


def test_ascii_punctuation_restored():
    assert _body("现在,我代表区人民政府向大会报告工作:请予审议;谢谢!") == "现在，我代表区人民政府向大会报告工作：请予审议；谢谢！"
    assert _body("时间是9:00-18:00,共计1,000人参加(其中代表800人)会议。") == "时间是9:00-18:00，共计1,000人参加（其中代表800人）会议。"


def test_zero_width_and_control():
    c = clean("各位代表：\n现在，\u200b我代表\u00ad国务院\x07向大会\u2060报告工作，请予审议。\ufeff")
    assert c.text == "各位代表：\n现在，我代表国务院向大会报告工作，请予审议。"


def test_broken_lines_joined():
    raw = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见\n。过去一年，经济运行总体平稳，\n主要目标任务较好完成。\n一、2023年工作回顾\n国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。"
    assert clean(raw).text == "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。过去一年，经济运行总体平稳，主要目标任务较好完成。\n一、2023年工作回顾\n国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。"


def test_blank_line_paragraphs_with_link_splits():
    p1 = "现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。"
    p3 = "经济结构调整取得积极进展，农业结构有所优化，优质、专用农产品增加，高新技术产业快速发展。"
    raw = (f"各位代表：\n\n{p1}\n\n\n\u3000\u3000\n国民经济保持较快增长。\n国内生产总值比上年增长7.8%，虽然略低于\n8%\n"
           f"的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。\n\n{p3}\n\n")
    assert clean(raw).text == (f"各位代表：\n{p1}\n国民经济保持较快增长。国内生产总值比上年增长7.8%，虽然略低于8%"
                               f"的预定目标，但这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的，来之不易。\n{p3}")


def test_heading_kept_between_paragraphs():
    raw = "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议，并请提出意见。\n结束语\n当前的国内形势和国际形势，对我国的建设和改革都很有利，我们一定要奋勇前进。"
    assert "\n结束语\n" in clean(raw).text


# ---------------------------------------------------------------- HTML

def test_html_paragraphs_entities_and_offsets():
    html = ("<html><head><title>某市2023年政府工作报告_某市人民政府</title><style>p{}</style></head><body>"
            "<nav><a>首页</a><a>政务公开</a></nav><div class='crumb'>当前位置：首页 &gt; 政务公开</div>"
            "<h1>某市2023年政府工作报告</h1><div>发布时间：2023-01-10 来源：市政府办 浏览次数：100</div>"
            "<p>各位代表：</p><p>&nbsp;&nbsp;现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。</p>"
            "<p>全市生产总值增长5.5%，实施&ldquo;<a href='#'>强市</a>&rdquo;战略，城乡居民收入稳步提高。</p>"
            "<div class='share'>分享到：微信 微博</div><footer>版权所有 某市人民政府</footer></body></html>")
    c = clean(html)
    assert c.text == ("某市2023年政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。\n"
                      "全市生产总值增长5.5%，实施“强市”战略，城乡居民收入稳步提高。")
    i = c.text.index("强市")
    assert html[c.to_raw[i]:c.to_raw[i] + 2] == "强市"
    assert html[c.to_raw[c.text.index("“")]] == "&"
    assert c.meta["title"] == "某市2023年政府工作报告" and c.meta["year"] == 2023
    _check_map(c, html)


# ---------------------------------------------------------------- documents

def test_read_document_txt_and_html(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(BODY.encode("gbk"))
    assert clean(C.read_document(p)).text == BODY
    h = tmp_path / "r.html"
    h.write_bytes(("<html><head><meta charset='gbk'></head><body>" + "".join(f"<p>{x}</p>" for x in BODY.split("\n")) + "</body></html>").encode("gbk"))
    assert clean(C.read_document(h)).text == BODY
    with pytest.raises(CleanError, match="missing.txt"):
        C.read_document(tmp_path / "missing.txt")


def test_read_document_docx(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某县人民政府文件"
    for line in BODY.split("\n"):
        d.add_paragraph(line)
    p = tmp_path / "r.docx"
    d.save(p)
    assert clean(C.read_document(p)).text == BODY


def test_page_furniture_stripped():
    pages = [f"某某县人民政府公报\n第{i}段正文，内容持续推进。\n- {i} -" for i in range(1, 6)]
    joined = C.strip_page_furniture(pages)
    assert "公报" not in joined and "- 3 -" not in joined and "第3段正文" in joined


def _write_chinese_pdf(path, paragraphs, line_width_pt=300, lines_per_page=8):
    """A real multi-page Chinese PDF as an office would print it: text in a CJK
    font, paragraphs wrapped at a fixed printed width, a running header and a
    page number on every page."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    wrapped = []
    for para in paragraphs:
        line = "\u3000\u3000"  # first-line indent, as printed reports have
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, "STSong-Light", 12) > line_width_pt:
                wrapped.append(line)
                line = ""
            line += ch
        wrapped.append(line)
    pages = [wrapped[i:i + lines_per_page] for i in range(0, len(wrapped), lines_per_page)]
    c = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 10)
        c.drawString(200, 810, "某某县人民政府公报")
        c.setFont("STSong-Light", 12)
        for row, line in enumerate(lines):
            c.drawString(60, 770 - 22 * row, line)
        c.setFont("STSong-Light", 10)
        c.drawString(290, 30, f"- {number} -")
        c.showPage()
    c.save()
    return len(pages)


def test_read_document_pdf_end_to_end(tmp_path):
    """A wrapped, paginated Chinese PDF comes out as the report body: running
    header and page numbers gone, lines broken by the page width (and across
    page breaks) joined back into paragraphs."""
    pytest.importorskip("pypdf")
    review = ("过去一年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，"
              "全县地区生产总值增长5.2%，一般公共预算收入达到12.6亿元，城乡居民人均可支配收入分别增长4.8%和6.1%，"
              "新开工重点项目42个，完成投资86.3亿元，经济运行稳中向好、稳中有进。")
    paragraphs = BODY.split("\n") + [review, "二、2023年工作安排", "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。"]
    p = tmp_path / "report.pdf"
    assert _write_chinese_pdf(p, paragraphs) >= 3
    text = C.read_document(p)
    result = clean(text, name=str(p))
    assert result.text == "\n".join(paragraphs)
    assert "公报" not in result.text and "- 2 -" not in result.text
    assert result.meta["year"] == 2023 and result.meta["level"] == "county"


@pytest.mark.parametrize("name,data", [("broken.pdf", b"%PDF-1.7\nnot really a pdf"), ("broken.docx", b"PK\x03\x04garbage")])
def test_read_document_unreadable_file_names_the_file(tmp_path, name, data):
    pytest.importorskip("pypdf")
    pytest.importorskip("docx")
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(CleanError, match=name.replace(".", r"\.") + ".*cannot read"):
        C.read_document(p)
