"""Write the bundled sample accounts (resources/sample/) from their sources in src/.

Run with ``uv run python tests/data/build_sample.py``. Each source is four header lines
(title, outlet, author, ISO date), a blank line, then paragraphs. The outputs are committed;
the script is kept so they can be regenerated after an edit.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.builders import make_docx, make_pdf  # noqa: E402

SAMPLE = ROOT / "resources" / "sample"


def read(name: str) -> tuple[dict[str, str], list[str]]:
    head, _, body = (SAMPLE / "src" / name).read_text(encoding="utf-8").partition("\n\n")
    title, outlet, author, date = head.splitlines()
    paras = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return {"title": title, "outlet": outlet, "author": author, "date": date}, paras


def html_page(meta: dict[str, str], paras: list[str]) -> str:
    """A page as a browser saves it: site chrome, ads, share bar, related links, comments."""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": meta["outlet"], "url": "https://andeswire.example/"},
            {
                "@type": "NewsArticle",
                "headline": meta["title"],
                "datePublished": f"{meta['date']}T14:32:00-05:00",
                "dateModified": f"{meta['date']}T18:05:00-05:00",
                "author": [{"@type": "Person", "name": meta["author"]}],
                "publisher": {"@type": "Organization", "name": meta["outlet"]},
            },
        ],
    }
    body = []
    for i, para in enumerate(paras):
        body.append(f"      <p>{escape(para)}</p>")
        if i == 1:
            body.append(
                '      <div class="ad-slot ad-inline" aria-label="Advertisement">'
                "<span>Advertisement</span></div>"
            )
        if i == 3:
            body.append(
                '      <aside class="related-inline"><h4>Read more</h4><ul>'
                '<li><a href="/2023/05/peru-protests-explainer">Explainer: why Peru\'s '
                "south keeps protesting</a></li>"
                '<li><a href="/2023/04/boluarte-approval">Boluarte approval falls to new '
                "low</a></li></ul></aside>"
            )
    paragraphs = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(meta["title"])} | {escape(meta["outlet"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="{escape(meta["outlet"])}">
  <meta property="og:title" content="{escape(meta["title"])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{meta["date"]}T14:32:00-05:00">
  <meta property="article:section" content="Americas">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = window.dataLayer || []; function track() {{}}</script>
</head>
<body class="page-article">
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>We use cookies to improve your experience and to show you relevant advertising.
    By continuing to browse you agree to our use of cookies.</p>
    <button>Accept all</button> <button>Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{escape(meta["outlet"])}</a>
    <nav class="main-nav"><ul>
      <li><a href="/americas">Americas</a></li><li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
      <li><a href="/newsletters">Newsletters</a></li></ul></nav>
    <form class="search"><input type="search" placeholder="Search"></form>
  </header>
  <div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
  <main id="main">
    <nav class="breadcrumb"><a href="/">Home</a> › <a href="/americas">Americas</a> ›
      <a href="/americas/peru">Peru</a></nav>
    <article class="story">
      <header class="story-header">
        <h1>{escape(meta["title"])}</h1>
        <p class="byline">By <a rel="author" href="/staff/lferreyra">{escape(meta["author"])}</a>
          <span class="role">Andes correspondent</span></p>
        <p class="dateline"><time datetime="{meta["date"]}T14:32:00-05:00">May 18, 2023</time>
          · Updated 6:05 p.m.</p>
      </header>
      <div class="share-bar"><a href="#">Share on X</a> <a href="#">Facebook</a>
        <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
      <figure class="lead-image"><img src="/img/congress.jpg" alt="">
        <figcaption>Lawmakers in the chamber in Lima. Photo: Staff</figcaption></figure>
      <div class="story-body">
{paragraphs}
      </div>
      <div class="newsletter-signup"><p>Sign up for Andes Daily, our free morning
        briefing on the region.</p><form><input type="email"><button>Sign up</button></form></div>
      <ul class="tag-list"><li><a href="/tags/peru">Peru</a></li>
        <li><a href="/tags/mexico">Mexico</a></li><li><a href="/tags/us-military">U.S. military</a></li></ul>
    </article>
    <section class="related-stories"><h2>More from Americas</h2><ul>
      <li><a href="/2023/05/chile-constitution">Chile elects council to draft new
        constitution</a></li>
      <li><a href="/2023/05/ecuador-assembly">Ecuador's president dissolves National
        Assembly</a></li>
      <li><a href="/2023/05/bolivia-lithium">Bolivia signs lithium deal</a></li></ul>
    </section>
    <section id="comments" class="comments"><h2>Comments (14)</h2>
      <div class="comment"><p class="comment-author">andino_77</p>
        <p>This was decided in a hurry, as always. Nobody asked the people of the south.</p></div>
      <div class="comment"><p class="comment-author">marta.r</p>
        <p>Joint exercises happen every year, this is nothing new.</p></div>
    </section>
  </main>
  <aside class="sidebar"><h3>Most read</h3><ol>
    <li><a href="/1">Fuel prices rise again in Lima</a></li>
    <li><a href="/2">Machu Picchu tickets sell out for June</a></li></ol></aside>
  <footer class="site-footer"><p>© 2023 {escape(meta["outlet"])}. All rights reserved.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>
    <li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""


def main() -> None:
    meta, paras = read("andes-wire.txt")
    (SAMPLE / "andes-wire.html").write_text(html_page(meta, paras), encoding="utf-8")

    meta, paras = read("lima-ledger.txt")
    docx = make_docx(
        [("Title", meta["title"]), f"By {meta['author']}", *paras],
        title=meta["title"],
        creator=meta["author"],
        created=f"{meta['date']}T08:00:00Z",
        company=meta["outlet"],
    )
    (SAMPLE / "lima-ledger.docx").write_bytes(docx)

    meta, paras = read("hemisphere-review.txt")
    pdf = make_pdf(
        [f"By {meta['author']}", *paras],
        title=meta["title"],
        author=meta["author"],
        heading=meta["title"],
        running_header=f"{meta['outlet']} · Analysis · May 2023",
        font_size=14,
        width_mm=105,
        hyphenate=True,
    )
    (SAMPLE / "hemisphere-review.pdf").write_bytes(pdf)

    meta, paras = read("continental-post.txt")
    text = "\n\n".join(
        [meta["title"], f"By {meta['author']}", "May 20, 2023", *paras]
    )
    (SAMPLE / "continental-post.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
