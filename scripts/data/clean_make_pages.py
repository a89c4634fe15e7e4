"""Write the cleaner's noisy test pages to tests/pages/.

Each page wraps a body of clean_bodies.py in the chrome of one kind of site
(forum, government CMS, document-sharing site, blog, WeChat article, news
portal, PDF/Word export, Wikisource-like page, HK/Taiwan site) and in one kind
of damage (traditional characters, pinyin plugin, full-width digits, spaced
numbers, zero-width characters, hard line wraps, page furniture, odd
encodings).  For every page NAME it writes

    tests/pages/NAME.<ext>           the raw page (bytes in the page's encoding)
    tests/pages/NAME.expected.txt    the body clean() must return (UTF-8)
    tests/pages/NAME.json            {"encoding", "body", "meta", "chrome": [...]}

``chrome`` lists the chrome lines put around the body (for the benchmark).
Run:  python scripts/data/clean_make_pages.py
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from clean_bodies import BODIES  # noqa: E402

OUT = HERE.parent.parent / "tests" / "pages"


def _opencc(cfg):
    import opencc

    return opencc.OpenCC(cfg)


def paras(key):
    return BODIES[key]["text"].split("\n")


def indent(lines, s="\u3000\u3000"):
    return [s + ln for ln in lines]


def wrap(line: str, width: int) -> list[str]:
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


PAGES: dict[str, dict] = {}


def page(name, key, ext, lines_or_text, chrome, encoding="utf-8", meta=None):
    raw = lines_or_text if isinstance(lines_or_text, str) else "\n".join(lines_or_text)
    PAGES[name] = dict(key=key, ext=ext, raw=raw, chrome=chrome, encoding=encoding, meta=meta)


# 01 Discuz forum (another layout than the seed) with replies after the post
def p01():
    key = "weifang_city_2023"
    head = ["潍坊论坛 - 潍坊人自己的网上家园", "设为首页 收藏本站", "开启辅助访问 切换到窄版", "请 登录 后使用快捷导航",
            "没有帐号？立即注册", "首页 › 时事新闻 › 2023年潍坊市政府工作报告（全文）", "返回列表",
            "查看: 2381 | 回复: 12", "[本地新闻] 2023年潍坊市政府工作报告（全文）", "[复制链接]", "潍坊小编",
            "发表于 2023-1-13 09:12:44 | 只看该作者 |倒序浏览 |阅读模式"]
    tail = ["分享到：", "QQ好友和群QQ好友和群 QQ空间QQ空间 腾讯微博腾讯微博 腾讯朋友腾讯朋友", "收藏收藏 分享分享 支持支持 反对反对",
            "回复 使用道具 举报", "沙发", "路人甲", "发表于 2023-1-13 10:01:02 | 只看该作者",
            "好好学习一下，期待今年潍坊越来越好，加油！", "回复 支持 反对 使用道具 举报", "板凳", "小潍",
            "发表于 2023-1-13 11:20:45 | 只看该作者", "民生实事办得实在，点赞。", "回复 支持 反对 使用道具 举报", "高级模式",
            "B Color Image Link Quote Code Smilies", "您需要登录后才可以回帖 登录 | 立即注册", "本版积分规则 发表回复 回帖后跳转到最后一页",
            "Archiver|手机版|小黑屋|潍坊论坛 ( 鲁ICP备12345678号-1 )", "GMT+8, 2023-3-1 15:22 , Processed in 0.061 second(s), 22 queries .",
            "Powered by Discuz! X3.4", "© 2001-2023 Discuz! Team.", "快速回复 返回顶部 返回列表"]
    body = ["    " + ln for ln in paras(key)]
    lines = []
    for ln in head:
        lines += [ln, ""]
    lines += body + [""]
    for ln in tail:
        lines += ["    " + ln, ""]
    page("01_discuz_forum", key, "txt", lines, head + tail)


# 02 government CMS page copied as text
def p02():
    key = "jiangning_district_2022"
    b = paras(key)
    head = ["南京市江宁区人民政府", "无障碍浏览 | 长者模式 | English", "首页 政务公开 政务服务 互动交流 走进江宁",
            "当前位置：首页 > 政务公开 > 规划计划 > 政府工作报告"]
    meta_line = ["来源：区政府办 发布时间：2022-01-10 09:30 浏览次数：3562 字号：[大 中 小]",
                 "索引号：11320115MB1234567X/2022-00012", "【打印本页】【关闭窗口】"]
    tail = ["分享到：微信 微博 QQ空间", "【打印本页】 【关闭窗口】", "相关链接：", "国务院 | 江苏省人民政府 | 南京市人民政府",
            "主办单位：南京市江宁区人民政府办公室 承办单位：南京市江宁区大数据管理局",
            "网站标识码：3201150001 苏ICP备05004132号 苏公网安备 32011502010123号",
            "联系电话：025-12345678 建议使用1920×1080分辨率浏览"]
    lines = head + [b[0]] + meta_line + indent(b[1:]) + tail
    page("02_gov_cms_text", key, "txt", lines, head + meta_line + tail)


# 03 government CMS page as HTML (utf-8)
def p03():
    key = "anxi_county_2024"
    b = paras(key)
    ps = []
    for ln in b[3:]:
        if ln.startswith(("一、", "二、")):
            ps.append(f'<p style="text-indent:2em"><strong>{ln}</strong></p>')
        else:
            ps.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{ln.replace("“", "&ldquo;").replace("”", "&rdquo;")}</p>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>安溪县2024年政府工作报告_安溪县人民政府</title>
<style>.content p{{line-height:2}}</style>
<script>var _hmt = _hmt || []; (function(){{var hm=document.createElement("script");}})();</script>
</head><body>
<div class="top"><a href="/">安溪县人民政府</a> <span>今天是2024年1月20日 星期六</span></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="article">
<h1>{b[0]}</h1>
<div class="info">发布时间：2024-01-19 16:20 信息来源：县政府办 浏览量：<span id="views">1086</span> 字体：<a>大</a> <a>中</a> <a>小</a></div>
<div class="content">
<p style="text-align:center">{b[1]}</p>
<p style="text-align:center">{b[2]}</p>
{chr(10).join(ps)}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prevnext"><p>上一篇：安溪县2023年国民经济和社会发展统计公报</p><p>下一篇：关于安溪县2023年预算执行情况的报告</p></div>
</div>
<footer><p>主办：安溪县人民政府办公室 网站标识码：3505240001</p><p>闽ICP备05012345号 闽公网安备35052402000123号</p></footer>
<script src="/js/stat.js"></script>
</body></html>"""
    chrome = ["安溪县人民政府", "今天是2024年1月20日 星期六", "首页 政务公开 政务服务 互动交流", "您当前的位置：首页 > 政务公开 > 政府工作报告",
              "发布时间：2024-01-19 16:20 信息来源：县政府办 浏览量：1086 字体：大 中 小", "分享到：微信微博QQ空间",
              "【打印本页】 【关闭窗口】", "上一篇：安溪县2023年国民经济和社会发展统计公报", "下一篇：关于安溪县2023年预算执行情况的报告",
              "主办：安溪县人民政府办公室 网站标识码：3505240001", "闽ICP备05012345号 闽公网安备35052402000123号"]
    page("03_gov_cms_html", key, "html", html, chrome)


# 04 document-sharing site, hard-wrapped text with page furniture
def p04():
    key = "shunde_district_2021"
    b = paras(key)
    head = ["2021年佛山市顺德区政府工作报告 - 道客巴巴", "登录 注册 上传文档", "首页 > 行业资料 > 政府/行政",
            "2021年佛山市顺德区政府工作报告.doc", "文档格式：.doc 文档页数：18页 文档大小：56.0K 文档热度：",
            "文档分类：行业资料 -- 政府/行政", "第1页 / 共18页"]
    tail = ["试读已结束，还剩12页未读，请下载后继续阅读", "下载本文档需要登录，并付出相应积分。", "下载本文 举报 收藏",
            "相关文档 更多>", "2020年佛山市顺德区政府工作报告", "顺德区2021年国民经济和社会发展计划"]
    body_lines = []
    for ln in b[:3]:
        body_lines.append(ln)
    for ln in b[3:]:
        if ln.startswith(("一、", "二、")):
            body_lines.append(ln)
        else:
            body_lines += wrap("\u3000\u3000" + ln, 32)
    lines = list(head)
    furniture = []
    for i, ln in enumerate(body_lines):
        lines.append(ln)
        if i and i % 14 == 0:
            pg = i // 14 + 1
            f = [f"- {pg} -", f"第{pg}页 / 共18页", "顺德区人民政府"]
            lines += f
            furniture += f
    lines += tail
    page("04_doc_site_wrapped", key, "txt", lines, head + tail + furniture)


# 05 Taiwan news site, traditional characters, Big5 bytes
def p05():
    key = "fujian_province_2022"
    tw = _opencc("s2tw")
    b = paras(key)
    head = ["首頁 > 兩岸 > 大陸政情", "2022年福建省人民政府工作報告（全文）", "2022-01-25 10:32 聯合新聞網 / 綜合報導",
            "分享 推文 列印 字級設定：小 中 大"]
    tail = ["延伸閱讀", "〈相關新聞〉福建省兩會開幕 代省長趙龍作報告", "留言 0", "版權所有 2022 聯合線上公司 著作權所有"]
    lines = head + [tw.convert(ln) for ln in b] + tail
    page("05_big5_traditional", key, "txt", lines, head + tail, encoding="big5")


# 06 pinyin plugin: pinyin in parentheses after characters, traditional
def p06():
    key = "jinjiang_city_2020"
    tw = _opencc("s2t")
    from random import Random

    rnd = Random(6)
    py = {"晋": "jìn", "江": "jiāng", "经": "jīng", "济": "jì", "发": "fā", "展": "zhǎn", "市": "shì", "产": "chǎn",
          "业": "yè", "城": "chéng", "品": "pǐn", "牌": "pái", "新": "xīn", "增": "zēng"}
    out = []
    for ln in paras(key):
        t = tw.convert(ln)
        s = []
        for ch_s, ch_t in zip(ln, t):
            s.append(ch_t)
            if ch_s in py and rnd.random() < 0.7:
                s.append(f"({py[ch_s]})")
        out.append("".join(s))
    head = ["晉江新聞網 > 本地 > 時政", "【拼音版】晉江市2020年政府工作報告", "時間：2020-01-10 來源：晉江經濟報"]
    tail = ["（責任編輯：陳某某）", "【列印】 【關閉】", "上一篇：晉江市召開經濟工作會議", "下一篇：晉江兩會特刊"]
    page("06_pinyin_plugin", key, "txt", head + out + tail, head + tail)


# 07 WeChat public-account article
def p07():
    key = "linqu_township_2023"
    head = ["原创 九山发布 九山发布 2023-02-10 08:00 发表于山东", "收录于合集 #政府工作报告 3个", "点击蓝字 关注我们", ""]
    tail = ["", "END", "", "来源：九山镇人民政府", "编辑：王某某", "审核：李某某", "", "分享 收藏 点赞 在看", "阅读原文", "阅读 1523",
            "写留言", "喜欢此内容的人还喜欢", "临朐县2023年政府工作报告全文发布"]
    b = paras(key)
    lines = head
    for ln in b:
        lines += [ln, ""]
    lines += tail
    page("07_wechat_article", key, "txt", lines, [x for x in head + tail if x])


# 08 news portal, GBK bytes
def p08():
    key = "weifang_city_2023"
    head = ["大众网·潍坊 | 新闻 | 财经 | 房产 | 汽车 | 教育", "潍坊频道 > 时政要闻 > 正文",
            "2023年潍坊市政府工作报告（全文）", "2023-01-16 08:55:21 来源：大众网·潍坊 作者：综合",
            "【字体：大 中 小】【打印】【关闭】"]
    tail = ["编辑：王小丽", "相关新闻", "· 潍坊市十八届人大二次会议开幕", "· 刘运作政府工作报告", "热门推荐", "广告",
            "网站简介 | 广告服务 | 联系我们 | 招聘信息 | 网站地图", "Copyright (C) 2023 大众网 All Rights Reserved.",
            "互联网新闻信息服务许可证：37120180011"]
    page("08_news_portal_gbk", key, "txt", head + paras(key) + tail, head + tail, encoding="gbk")


# 09 HTML with <br> lines, &nbsp; indentation, ruby annotation; gb2312 meta
def p09():
    key = "linqu_township_2023"
    b = paras(key)
    first = b[0].replace("九山", "<ruby>九<rt>jiǔ</rt></ruby>山", 1)
    rows = [first] + [("&nbsp;&nbsp;&nbsp;&nbsp;" + ln if i > 2 else ln) for i, ln in enumerate(b[1:], 1)]
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>九山镇人民政府</title></head>
<body><table width="100%"><tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bsfw">办事服务</a></td></tr></table>
<div class="ad">广告位招租 联系电话：0536-1234567</div>
<div id="zoom"><font size="3">
{"<br>" + chr(10) + "<br>".join(rows)}
</font></div>
<p>打印 | 关闭</p>
<div class="foot">版权所有：临朐县九山镇人民政府 技术支持：潍坊某网络公司<br>地址：临朐县九山镇驻地 邮编：262612</div>
</body></html>"""
    chrome = ["首页 | 政务公开 | 办事服务", "广告位招租 联系电话：0536-1234567", "打印 | 关闭",
              "版权所有：临朐县九山镇人民政府 技术支持：潍坊某网络公司", "地址：临朐县九山镇驻地 邮编：262612"]
    page("09_html_br_ruby_gb2312", key, "html", html, chrome, encoding="gbk")  # labelled gb2312, as sites do


# 10 full-width digits, spaced numbers, ASCII punctuation (PDF-to-text style)
def p10():
    key = "shunde_district_2021"
    fw = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%"}
    out = []
    for i, ln in enumerate(paras(key)):
        t = ln
        if i % 3 == 0:
            t = "".join(fw.get(c, c) for c in t)
        elif i % 3 == 1:
            t = t.replace("%", " %").replace("年", " 年")
            import re as _re

            t = _re.sub(r"(?<!\d)(\d{4})(?= 年)", lambda m: " ".join(m.group(1)), t)
        else:
            t = t.replace("，", ",").replace("：", ":").replace("（", "(").replace("）", ")")
        out.append(t)
    head = ["顺德区人民政府门户网站"]
    tail = ["打印 关闭"]
    page("10_fullwidth_spaced", key, "txt", head + out + tail, head + tail)


# 11 PDF export: running header, page numbers, sentences broken across pages
def p11():
    key = "fujian_province_2022"
    b = paras(key)
    lines = []
    for ln in b[:3]:
        lines.append(ln)
    for ln in b[3:]:
        if ln.startswith(("一、", "二、")) or len(ln) < 20:
            lines.append(ln)
        else:
            lines += wrap("\u3000\u3000" + ln, 36)
    out = ["福建省人民政府公报 2022年第3期"]
    furniture = list(out)
    for i, ln in enumerate(lines):
        out.append(ln)
        if i and i % 10 == 0:
            f = [f"— {i // 10} —", "", "福建省人民政府公报 2022年第3期"]
            out += f
            furniture += [x for x in f if x]
    out += [f"— {len(lines) // 10 + 1} —"]
    furniture.append(out[-1])
    page("11_pdf_text_pages", key, "txt", out, furniture)


# 12 blog page
def p12():
    key = "anxi_county_2024"
    head = ["茶乡人的博客", "首页 博文目录 图片 关于我", "正文 字体大小：大 中 小", "安溪县2024年政府工作报告 (2024-01-18 21:05:33)",
            "转载▼", "标签： 安溪 政府工作报告 铁观音", "分类： 家乡新闻"]
    tail = ["阅读(326) 评论(2) 收藏(0) 转载(5) 喜欢▼ 打印 举报", "已投稿到：排行榜", "前一篇：安溪铁观音秋茶开秤",
            "后一篇：2024年安溪县民生实事项目", "评论 重要提示：警惕虚假中奖信息", "发评论", "新浪BLOG意见反馈留言板　电话：4000520066",
            "Copyright © 1996 - 2024 SINA Corporation, All Rights Reserved"]
    page("12_blog_page", key, "txt", head + indent(paras(key)) + tail, head + tail)


# 13 UTF-16 with BOM, CRLF, zero-width and control characters, blank lines
def p13():
    key = "jiangning_district_2022"
    rnd = random.Random(13)
    out = ["\ufeff江宁区人民政府网站\u200b", "", "", ""]
    for ln in paras(key):
        chars = list(ln)
        for _ in range(3):
            j = rnd.randrange(len(chars) + 1)
            chars.insert(j, rnd.choice(["\u200b", "\u200d", "\u2060", "\x07", "\u00ad"]))
        out += ["".join(chars), "", "", ""]
    out += ["扫一扫在手机打开当前页", "", "", "关闭窗口"]
    text = "\r\n".join(out)
    page("13_utf16_zero_width", key, "txt", text, ["江宁区人民政府网站", "扫一扫在手机打开当前页", "关闭窗口"], encoding="utf-16")


# 14 HTML with inline links, entities, script/style, GB18030 without meta
def p14():
    key = "jinjiang_city_2020"
    b = paras(key)
    ps = []
    for ln in b:
        ln2 = ln.replace("安踏", '<a href="/tag/anta">安踏</a>').replace("“数字晋江”", "&ldquo;<a href='/t/1'>数字晋江</a>&rdquo;")
        ps.append(f"<p>{ln2}</p>")
    html = f"""<html><head><title>晋江市2020年政府工作报告 - 晋江新闻网</title>
<style>p {{ text-indent: 2em; }}</style></head><body>
<header><div class="logo">晋江新闻网</div><div class="search">搜索</div></header>
<nav>首页 新闻 晋江 泉州 视频 专题</nav>
<div class="main"><div class="left">
{chr(10).join(ps)}
<div class="editor">责任编辑：陈某</div>
</div>
<aside><h3>热门文章</h3><ul><li>晋江举行新春招聘会</li><li>晋江机场航线加密</li></ul></aside>
</div>
<script>document.write("<div>广告</div>");</script>
<footer>晋江新闻网版权所有 闽ICP备09000001号</footer>
</body></html>"""
    chrome = ["晋江新闻网", "搜索", "首页 新闻 晋江 泉州 视频 专题", "责任编辑：陈某", "热门文章", "晋江举行新春招聘会",
              "晋江机场航线加密", "晋江新闻网版权所有 闽ICP备09000001号"]
    page("14_html_inline_gb18030", key, "html", html, chrome, encoding="gb18030")


# 15 township portal, plain text with hotline footer
def p15():
    key = "linqu_township_2023"
    head = ["临朐县人民政府 九山镇", "首页 | 镇情概况 | 政务公开 | 便民服务", "信息来源：九山镇党政办 发布日期：2023-02-09 点击数：462"]
    tail = ["【关闭】", "返回首页 | 网站地图 | 联系我们", "服务热线：12345", "主办：临朐县九山镇人民政府 鲁ICP备05000000号"]
    page("15_township_portal", key, "txt", head + paras(key) + tail, head + tail)


# 16 Wikisource-like page: blank lines between paragraphs, link splits, licence
def p16():
    key = "weifang_city_2023"
    b = paras(key)
    out = ["\u200b", ""]
    for ln in b:
        ln2 = ln.replace("“专精特新”", "“\n专精特新\n”").replace("乡村振兴齐鲁样板", "\n乡村振兴齐鲁样板\n")
        out += [ln2, "", ""]
    lic = ["本作品是中华人民共和国的", "法律", "、", "法规", "，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。",
           "", "", "注：中文维基文库社群认为，中华人民共和国公务演讲，", "不总是", "具有立法、行政、司法性质的文件。", "", "",
           "Public domain", "Public domain", "false", "false"]
    page("16_wikisource_like", key, "txt", out + lic, [x for x in lic if x])


# 17 Hong Kong site, traditional, HTML utf-8
def p17():
    key = "jiangning_district_2022"
    hk = _opencc("s2hk")
    b = [hk.convert(ln) for ln in paras(key)]
    ps = "\n".join(f"<p>{ln}</p>" for ln in b)
    html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{b[0]} | 香港某某網</title></head>
<body><div id="menu"><a>主頁</a> <a>港聞</a> <a>中國</a> <a>國際</a> <a>財經</a></div>
<div class="path">主頁 » 中國 » 內地政情</div>
<div class="date">2022年1月7日 星期五 09:15 更新</div>
<article>{ps}</article>
<div class="tools"><a>列印本頁</a> <a>關閉視窗</a> <a>電郵給朋友</a></div>
<div>上一篇：南京召開兩會</div><div>下一篇：江蘇省政府工作報告發佈</div>
<div class="copyright">版權所有 不得轉載 © 2022 香港某某網</div></body></html>"""
    chrome = ["主頁 港聞 中國 國際 財經", "主頁 » 中國 » 內地政情", "2022年1月7日 星期五 09:15 更新", "列印本頁 關閉視窗 電郵給朋友",
              "上一篇：南京召開兩會", "下一篇：江蘇省政府工作報告發佈", "版權所有 不得轉載 © 2022 香港某某網"]
    page("17_hk_traditional_html", key, "html", html, chrome)


def main() -> None:
    for fn in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17):
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, p in PAGES.items():
        body = BODIES[p["key"]]
        raw_path = OUT / f"{name}.{p['ext']}"
        raw_path.write_bytes(p["raw"].encode(p["encoding"]))
        (OUT / f"{name}.expected.txt").write_text(body["text"] + "\n", encoding="utf-8")
        meta = dict(body["meta"])
        if p["meta"]:
            meta.update(p["meta"])
        info = {"file": raw_path.name, "encoding": p["encoding"], "body": p["key"], "meta": meta,
                "chrome": p["chrome"]}
        (OUT / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT}")


if __name__ == "__main__":
    main()
