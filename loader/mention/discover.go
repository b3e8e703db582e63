package mention

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/normalize"
)

// head is a head noun: the last word of a name that says what it names.
type head struct {
	word string
	typ  graph.EntityType
	kind string
}

// heads, longest first within each script so the most specific wins.
var zhHeads = []head{
	{"部長級會議", graph.Meeting, "ministerial"}, {"部長會議", graph.Meeting, "ministerial"},
	{"全體會議", graph.Meeting, "plenary"}, {"圓桌會議", graph.Meeting, "roundtable"},
	{"高峰會", graph.Meeting, "summit"}, {"峰會", graph.Meeting, "summit"}, {"研討會議", graph.Meeting, "workshop"},
	{"研討會", graph.Meeting, "workshop"}, {"工作坊", graph.Meeting, "workshop"}, {"論壇", graph.Meeting, "forum"},
	{"座談會", graph.Meeting, "panel"}, {"說明會", graph.Meeting, "briefing"}, {"交流會", graph.Meeting, "exchange"},
	{"分享會", graph.Meeting, "sharing session"}, {"年會", graph.Meeting, "annual conference"}, {"大會", graph.Meeting, "conference"},
	{"博覽會", graph.Meeting, "exhibition"}, {"展會", graph.Meeting, "exhibition"}, {"黑客松", graph.Meeting, "hackathon"}, {"會議", graph.Meeting, "meeting"},
	{"創新競賽", graph.Meeting, "competition"}, {"競賽", graph.Meeting, "competition"}, {"講座活動", graph.Meeting, "lecture"}, {"講座", graph.Meeting, "lecture"},
	{"聯合聲明", graph.Statement, "joint statement"}, {"宣言", graph.Statement, "declaration"}, {"聲明", graph.Statement, "statement"},
	{"路徑圖", graph.Statement, "roadmap"}, {"路線圖", graph.Statement, "roadmap"}, {"藍圖", graph.Statement, "blueprint"},
	{"指引", graph.Statement, "guidance"}, {"指南", graph.Statement, "guidance"}, {"框架", graph.Statement, "framework"},
	{"公約", graph.Statement, "convention"}, {"條約", graph.Statement, "treaty"}, {"協議", graph.Statement, "agreement"},
	{"協定", graph.Statement, "agreement"}, {"備忘錄", graph.Statement, "MOU"}, {"原則", graph.Statement, "principles"},
	{"準則", graph.Statement, "code"}, {"守則", graph.Statement, "code"}, {"憲章", graph.Statement, "charter"},
	{"願景", graph.Statement, "vision"}, {"戰略", graph.Statement, "strategy"},
	{"行動計畫", graph.Statement, "plan"}, {"計畫", graph.Statement, "plan"}, {"計劃", graph.Statement, "plan"},
	{"白皮書", graph.Statement, "white paper"}, {"實施方案", graph.Statement, "plan"}, {"發展方案", graph.Statement, "plan"}, {"方案", graph.Statement, "plan"},
	{"倡議", graph.Statement, "initiative"}, {"管理規定", graph.Statement, "regulation"}, {"規定", graph.Statement, "regulation"},
	{"參考手冊", graph.Statement, "handbook"}, {"手冊", graph.Statement, "handbook"}, {"法令", graph.Statement, "decree"}, {"通函", graph.Statement, "circular"},
	{"總統令", graph.Statement, "decree"}, {"決定令", graph.Statement, "decree"}, {"執行決定", graph.Statement, "decision"}, {"章程", graph.Statement, "charter"},
	{"意向書", graph.Statement, "letter of intent"}, {"調查報告", graph.Statement, "report"}, {"概況報告", graph.Statement, "report"}, {"週報", graph.Statement, "report"},
	{"法案", graph.Statement, "bill"}, {"條例", graph.Statement, "law"}, {"基本法", graph.Statement, "law"}, {"法", graph.Statement, "law"},
	{"規則", graph.Statement, "regulation"}, {"規範", graph.Statement, "specification"}, {"要點", graph.Statement, "directions"},
	{"辦法", graph.Statement, "regulation"}, {"契約", graph.Statement, "compact"}, {"決議", graph.Statement, "resolution"},
	{"委員會", graph.Agency, "committee"}, {"辦公室", graph.Agency, "office"}, {"辦事處", graph.Agency, "office"},
	{"代表處", graph.Agency, "representative office"}, {"研究院", graph.Agency, "institute"}, {"研究所", graph.Agency, "institute"},
	{"中心", graph.Agency, "centre"}, {"總署", graph.Agency, "administration"}, {"部", graph.Agency, "ministry"},
	{"署", graph.Agency, "administration"}, {"局", graph.Agency, "bureau"}, {"司", graph.Agency, "department"},
	{"廳", graph.Agency, "agency"}, {"省", graph.Agency, "ministry"}, {"處", graph.Agency, "office"},
	{"工作小組", graph.Organization, "working group"}, {"指導分組", graph.Organization, "steering group"}, {"小組", graph.Organization, "group"}, {"聯盟", graph.Organization, "alliance"},
	{"協會", graph.Organization, "association"}, {"基金會", graph.Organization, "foundation"}, {"組織", graph.Organization, "organization"},
	{"公司", graph.Organization, "company"}, {"集團", graph.Organization, "company"}, {"公會", graph.Organization, "association"},
	{"大學", graph.Organization, "university"}, {"博物館", graph.Organization, "museum"}, {"理事會", graph.Organization, "council"}, {"學會", graph.Organization, "society"},
}

// notNames are words that end in a head noun but name nothing (方法 is not
// a law, 全部 is not a ministry).
var notNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`方法 辦法 作法 做法 看法 想法 說法 合法 非法 違法 立法 執法 司法 憲法 手法 用法 文法 語法 演算法 算法 依法 修法 法律 
	全部 內部 外部 局部 本部 總部 幹部 部分 北部 南部 中部 東部 西部 底部 頂部 細部 各部 該部 此部 
	當局 大局 格局 布局 佈局 結局 政局 郵局 
	學院 醫院 法院 本院 該院 
	本署 該署 部署 公署 
	中心 核心 重心 信心 決心 用心 
	公司 上司 
	各處 好處 此處 本處 該處 用處 益處 
	首部 正處 各部 
	會議 本會議 大會 該會議 此會議 各會議 相關會議 
	計畫 本計畫 該計畫 此計畫 子計畫 各計畫 
	報告 本報告 該報告 此報告 工作報告 
	聲明 策略 戰略 原則 框架 規範 方案 協議 相互承認協議 指引 對話 準則 解決方案 相關規定 法規規定 本規定 該規定 此規定 上述規定 各方案 本方案 該方案 此方案 配套方案 補助方案 
	
	小組 組織 委員會 辦公室 基金會`) {
		notNames[w] = true
	}
}

// stopWords end the leftward growth of a name: verbs, prepositions and
// particles that precede names in running text.
var stopWords = strings.Fields(`我國 依 年度 爭取 召集人 主持人 負責人 頒布 詢問 建議 補充 表示 指出 說明 分享 介紹 宣示 強調 呼籲 提及 承諾 同意 決定 啟動 推出 設有 具有 獲得 鼓勵 接觸 彰顯 履行 遵守 符合 導入 回應 頒佈 公告 簽署 發布 公布 發表 通過 提出 制定 訂定 推動 實施 採取 建立 更新 延長 依據 根據 邀請 針對 關於 有關 參與 參加 出席 舉行 舉辦 召開 辦理 完成 擔任 主持 協助 提供 宣布 設立 成立 透過 經由 包括 包含 以及 並且 共同 持續 積極 進行 加入 成為 作為 擬定 研擬 修正 修訂 配合 結合 運用 利用 促進 落實 規劃 支持 支援 召集 主辦 協辦 率團 前往 拜會 拜訪 會晤 出訪 與會 代表 其中 此外 另外 同時 目前 未來 今年 去年 期間 以來 之下 轄下 所屬 旗下 下稱 簡稱 稱為 名為 係 即 於 在 由 將 為 是 並 向 對 從 以 等 亦 也 已 該 此 其 各 另 如 則 被 把 讓 使 自 至 及其 之 的 和 與 及 或 暨 、 兩 三 四 五 六 七 八 九 十 一 二 個 項 份 場 次 屆 年 月 日 後 前 中 上 下 內 外`)

// stopWordStarts are words that begin with a one-character stop word.
var stopWordStarts = strings.Fields(`中國 日本 對話 對外 對等 以色列 在地 和平 自由 自動 自主 自治 自然 自願 由下而上 中小企業 中央 中華 中心 內政 外交 外國 上網 下世代 下一代 三大 五大 六大 十大 二十國 七大`)

// stopByLast indexes stopWords by their last rune, in stopWords order:
// growLeft tests only the words that can end where it stands.
var stopByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range stopWords {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// keepInside lists joiners that stay inside a name when a name continues on
// both sides (可信任人工智慧和風險管理聯合路徑圖, 歐美貿易與技術理事會).
var keepInside = map[string]bool{"和": true, "與": true, "及": true, "暨": true, "之": true}

const maxNameRunes = 30

// growLeft returns the start of the name that ends at end (exclusive of
// the head noun handled by the caller): it walks left over Han, Latin
// letters, digits and single spaces between them, and stops before a
// stop word or punctuation. minStart bounds the walk.
func growLeft(text string, end, minStart int) int {
	start := end
	runes := 0
	for start > minStart && runes < maxNameRunes {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if r == ' ' {
			// a space inside a name only between Latin/digit and Han (AI 新十大建設)
			p, _ := utf8.DecodeLastRuneInString(text[:start-size])
			// right before the head only after a Latin word (AI 法案, B-Tech 計畫)
			if start-size <= minStart || !(isASCIIAlnum(p) || unicode.Is(unicode.Han, p)) || (start == end && !isASCIIAlnum(p)) {
				break
			}
			start -= size
			continue
		}
		if !(unicode.Is(unicode.Han, r) || isASCIIAlnum(r) || r == '-' || r == '+') {
			break
		}
		// a stop word directly left of the current start ends the name,
		// unless it is a joiner between two name parts
		stopped := false
		for _, w := range stopByLast[r] {
			if strings.HasSuffix(text[minStart:start], w) {
				// 對 in 對話, 以 in 以色列: a one-character stop word that
				// starts a word of the name is no stop
				if utf8.RuneCountInString(w) == 1 && start < end && hasAnyPrefix(text[start-len(w):], stopWordStarts...) {
					continue
				}
				if keepInside[w] && start < end && runes >= 2 {
					// keep a joiner only when a name-like word precedes it
					before := text[minStart : start-len(w)]
					lr, _ := utf8.DecodeLastRuneInString(before)
					// 指標性之, 代表性之: an adjective, not a name part
					if unicode.Is(unicode.Han, lr) && !endsWithStop(before) && !(w == "之" && lr == '性') {
						break
					}
				}
				stopped = true
				break
			}
		}
		if stopped {
			break
		}
		start -= size
		runes++
		if r == '駐' {
			break // 駐臺拉維夫臺北經濟文化辦事處: a mission's name starts with 駐
		}
	}
	// names don't start with a space or a hyphen
	for start < end && (text[start] == ' ' || text[start] == '-') {
		start++
	}
	return start
}

func endsWithStop(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range stopByLast[r] {
		if !keepInside[w] && strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// headAt returns the head noun ending at byte end of text, if any.
func headAt(text string, end int) (head, bool) {
	for _, h := range zhHeads {
		if strings.HasSuffix(text[:end], h.word) {
			return h, true
		}
	}
	return head{}, false
}

var (
	// 中文名（English Name，簡稱 ABBR） and 中文名(ABBR); the English part is
	// captured whole and split later.
	parenRE = newStartRE(`[（(]\s*([A-Za-z][^（）()\n]{0,160}?)\s*[）)]`, "(", "（")
	// 「title」 《title》 『title』 〈title〉, optionally followed by a head noun
	titleRE = newStartRE(`([「《『〈])([^「」《》『』〈〉\n]{2,60})([」》』〉])`, "「", "《", "『", "〈")
	abbrRE  = regexp.MustCompile(`^[A-Z][A-Za-z0-9&/\-\.]{1,15}$`)
	// 簡稱 / 下稱 / 以下簡稱 introduce an abbreviation inside parentheses
	abbrLeadRE = regexp.MustCompile(`^(?:以下)?(?:簡稱|下稱|稱)\s*[:：]?\s*`)
)

// discover finds names the gazetteer lacks from the shapes of the text.
// coverOf maps each byte inside a known name (past its first byte) to the
// name's start, -1 elsewhere.
func coverOf(text string, known []Mention) []int32 {
	c := make([]int32, len(text)+1)
	for i := range c {
		c[i] = -1
	}
	for _, m := range known {
		if m.Kind == "city" || m.Type == graph.Country {
			continue // 巴黎的 AI 行動峰會: a place before a name is not part of it
		}
		for b := m.Start + 1; b < m.End && b < len(c); b++ {
			c[b] = int32(m.Start)
		}
	}
	return c
}

func discover(text string, ft normalize.Text, f *Finder, known []Mention) []Mention {
	var out []Mention
	out = append(out, f.parenNames(text)...)
	out = append(out, titleNames(text)...)
	out = append(out, f.corroborated(text, f.headNames(text, coverOf(text, known)))...)
	out = append(out, latinNames(text)...)
	out = append(out, appositions(text)...)
	out = append(out, signedInstruments(text)...)
	out = append(out, headingMeetings(text)...)
	out = append(out, namedHeadings(text)...)
	out = append(out, bracketMeetings(text)...)
	out = append(out, numberedMeetings(text, f)...)
	out = append(out, standards(text)...)
	out = append(out, f.persons(text)...)
	out = append(out, anaphora(text)...)
	return out
}

// parenNames: 中文名（English Name，簡稱 ABBR） / 中文名(ABBR) / English (ABBR).
func (f *Finder) parenNames(text string) []Mention {
	var out []Mention
	for _, loc := range parenRE.allSubmatchIndex(text) {
		inner := text[loc[2]:loc[3]]
		if strings.Contains(inner, "、") {
			continue // 公協會（TeSA、無店面公會…等）: a list, not the name's English form
		}
		en, abbr := splitEnglish(inner)
		// 資料最少蒐集原則（data minimisation）: an English gloss in lower
		// case translates an ordinary term; names are capitalised
		if r, _ := utf8.DecodeRuneInString(inner); abbr == "" && unicode.IsLower(r) {
			continue
		}
		nameEnd := loc[0]
		for nameEnd > 0 && text[nameEnd-1] == ' ' {
			nameEnd-- // 第 70 次會議 (APEC TELWG 70 Meeting)
		}
		// the Chinese (or English) name directly before the parenthesis
		start := growLeft(text, nameEnd, lineStart(text, nameEnd))
		if h, ok := headAt(text, nameEnd); ok && start >= nameEnd-len(h.word) {
			start = growLeft(text, nameEnd-len(h.word), lineStart(text, nameEnd))
		}
		if o := tailMatch(ordinalTailRE, text, lineStart(text, start), start); o >= 0 {
			start = growLeft(text, o, lineStart(text, nameEnd))
		}
		if start >= nameEnd {
			continue
		}
		if abbr != "" {
			start = f.acrossEnumComma(text, start)
		}
		start = takeBackWord(text, start)
		zh := text[start:nameEnd]
		if badStart(zh) {
			continue
		}
		m := Mention{Start: start, End: nameEnd, Surface: zh, Source: Pattern, Name: en, Abbr: abbr}
		if h, ok := headAt(text, nameEnd); ok && !notNames[zh] && utf8.RuneCountInString(zh) > utf8.RuneCountInString(h.word) {
			m.Type, m.Kind = heldBody(text, start, h)
		} else if t, k := englishType(en); t == graph.Statement && utf8.RuneCountInString(zh) >= 4 && len(strings.Fields(en)) >= 2 {
			// 網路安全成熟度模型認證（Cybersecurity Maturity Model
			// Certification）: no Chinese head, the English one types it;
			// without a head the growth has no clear left edge, a country
			// inside the run starts the name (接軌美國網路安全…認證)
			m.Type, m.Kind = t, k
			for i := range zh {
				if i > 0 && f.countryPrefix(zh[i:]) != "" {
					start, zh = start+i, zh[i:]
					m.Start, m.Surface = start, zh
					break
				}
			}
		} else {
			continue
		}
		// 國際理解商業委員會 (Business Council for International
		// Understanding): a council of businesses is no government body
		if m.Type == graph.Agency && businessRE.MatchString(en) {
			m.Type = graph.Organization
		}
		if !hasHan(zh) {
			continue
		}
		m.NameZh = zh
		out = append(out, m)
		// 安全與信任指導分組 (STSG) 會議: the body's session, named by the
		// body and the meeting head after its abbreviation
		if m.Type == graph.Organization || m.Type == graph.Agency {
			rs := loc[1]
			for rs < len(text) && text[rs] == ' ' {
				rs++
			}
			for _, w := range []string{"全體會議", "會議"} {
				if strings.HasPrefix(text[rs:], w) {
					e := rs + len(w)
					if e < len(text) && !singleHeadEnds(text, e) {
						break // 會議室, 會議紀錄 …
					}
					out = append(out, Mention{Start: start, End: e, Surface: text[start:e], Type: graph.Meeting, Kind: "meeting", Source: Pattern, NameZh: text[start:e]})
					break
				}
			}
		}
	}
	return out
}

// acrossEnumComma moves the start of a name defined with an abbreviation
// back over an enumeration comma inside it (英國科學、創新及技術部（DSIT）):
// the word before the comma is part of the name when it is short, ends in
// no head noun and is no known name (經濟部、數位發展部（MODA） is a list).
func (f *Finder) acrossEnumComma(text string, start int) int {
	if !strings.HasSuffix(text[:start], "、") {
		return start
	}
	ps := start - len("、")
	s2 := growLeft(text, ps, lineStart(text, ps))
	seg := text[s2:ps]
	if s2 >= ps || utf8.RuneCountInString(seg) > 6 || !hasHan(seg) {
		return start
	}
	if _, ok := headAt(seg, len(seg)); ok {
		return start
	}
	for i := range seg {
		if f.knownType(seg[i:]) != "" {
			return start
		}
	}
	return s2
}

// businessRE: words of an English name that make a body private.
var businessRE = regexp.MustCompile(`\b(?:Business|Industry|Industries|Chamber|Private|Foundation|Museum|University|Corporation|Company)\b`)

// splitEnglish splits "EU-U.S. Trade and Technology Council,TTC" into the
// name and the abbreviation; a lone "TTC" is an abbreviation.
func splitEnglish(s string) (name, abbr string) {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == ';' || r == '；' })
	if len(parts) == 0 {
		return "", ""
	}
	last := strings.TrimSpace(abbrLeadRE.ReplaceAllString(strings.TrimSpace(parts[len(parts)-1]), ""))
	if len(parts) > 1 && abbrRE.MatchString(last) && isAbbr(last) {
		return strings.TrimSpace(strings.Join(parts[:len(parts)-1], ",")), last
	}
	if len(parts) == 1 && abbrRE.MatchString(last) && isAbbr(last) {
		return "", last
	}
	return s, ""
}

// isAbbr: mostly capitals (CISA, TELWG, PETs, J-AISI), not a word (The).
func isAbbr(s string) bool {
	up := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			up++
		}
	}
	return up >= 2 && up*2 >= len(s)
}

var enHeads = []struct {
	re   *regexp.Regexp
	typ  graph.EntityType
	kind string
}{
	{regexp.MustCompile(`\b(Ministerial|Summit|Conference|Forum|Workshop|Meeting|Dialogue|Congress|Symposium|Hackathon|Expo|Exhibition)\b`), graph.Meeting, ""},
	{regexp.MustCompile(`\b(Statement|Declaration|Principles?|Convention|Act|Pact|Compact|Framework|Roadmap|Strategy|Guidelines?|Guidance|Plan|Agenda|Charter|Memorandum|Agreement|Code of Conduct|Report|Regulation|Treaty|Resolution|Program|Programme|Scheme|Certification)\b`), graph.Statement, ""},
	{regexp.MustCompile(`\b(Ministry|Department|Agency|Office|Bureau|Commission|Administration|Authority|Directorate|Centre|Center|Council|Committee)\b`), graph.Agency, ""},
	{regexp.MustCompile(`\b(Coalition|Foundation|Alliance|Association|Organi[sz]ation|Union|Corporation|Company|Inc\.?|Ltd\.?|Network|Society|Task Force|Consortium|University|Institute|Initiative)\b`), graph.Organization, ""},
}

// enHeadWords are the literal stems of enHeads' words: a phrase holding
// none of them has no head (most Latin phrases are persons' names), and a
// substring test is far cheaper than four regexps.
var enHeadWords = strings.Fields(`Ministerial Summit Conference Forum Workshop Meeting Dialogue Congress Symposium Hackathon Expo Exhibition Statement Declaration Principle Convention Act Pact Compact Framework Roadmap Strategy Guideline Guidance Plan Agenda Charter Memorandum Agreement Code Report Regulation Treaty Resolution Program Scheme Certification Ministry Department Agency Office Bureau Commission Administration Authority Directorate Centre Center Council Committee Coalition Foundation Alliance Association Organi Union Corporation Company Inc Ltd Network Society Task Consortium University Institute Initiative`)

func hasAnyHeadWord(en string) bool {
	for _, w := range enHeadWords {
		if strings.Contains(en, w) {
			return true
		}
	}
	return false
}

// englishType types a name by an English head word; names in lower case
// are translations of ordinary words (resilience), not names.
func englishType(en string) (graph.EntityType, string) {
	if en == "" {
		return "", ""
	}
	r, _ := utf8.DecodeRuneInString(en)
	if !unicode.IsUpper(r) || !hasAnyHeadWord(en) {
		return "", ""
	}
	// the head word ends the name or is followed by its complement
	// (Task Force on Internet Shutdowns); QS World University Rankings is
	// a ranking, not a university
	for _, h := range enHeads {
		for _, loc := range h.re.FindAllStringIndex(en, -1) {
			rest := en[loc[1]:]
			if rest == "" || hasAnyPrefix(rest, " of ", " on ", " for ", " in ", " to ", " and ", " at ", " &", ",", " (") {
				return h.typ, h.kind
			}
		}
	}
	return "", ""
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func lineStart(text string, i int) int {
	j := strings.LastIndexByte(text[:i], '\n')
	return j + 1
}

// titleNames: 「title」 and 《title》, typed by the head noun of the title
// or of the word right after it (「…」說明會).
func titleNames(text string) []Mention {
	var out []Mention
	for _, loc := range titleRE.allSubmatchIndex(text) {
		open := text[loc[2]:loc[3]]
		inner := text[loc[4]:loc[5]]
		if strings.ContainsAny(inner, "，。；！？") {
			continue
		}
		start, end := loc[0], loc[1]
		var typ graph.EntityType
		var kind string
		// a head noun right after the closing mark: the name includes the title
		after := text[end:min(len(text), end+12)]
		for _, h := range zhHeads {
			if (h.typ == graph.Meeting || h.typ == graph.Statement) && strings.HasPrefix(after, h.word) {
				typ, kind, end = h.typ, h.kind, end+len(h.word)
				break
			}
		}
		// 「IoT 資通安全標章圓桌會議」計畫: the plan is named after the
		// meeting the title names; the title is the meeting
		if ih, ok := headAt(inner, len(inner)); ok && ih.typ == graph.Meeting && typ == graph.Statement && !notNames[inner] {
			typ, kind, start, end = ih.typ, ih.kind, loc[4], loc[5]
		}
		if typ == "" {
			// 「部會多年度策略計畫 (PESEM)」: the head sits before the abbreviation
			core := strings.TrimSpace(parenTailRE.ReplaceAllString(inner, ""))
			if h, ok := headAt(core, len(core)); ok && (h.typ == graph.Meeting || h.typ == graph.Statement) && !notNames[core] && !hasAnySuffix(core, notNameEnds...) {
				typ, kind = h.typ, h.kind
				start, end = loc[4], loc[5]
			} else if open == "《" {
				typ, kind = graph.Statement, "document"
				start, end = loc[4], loc[5]
			} else if t, k := quotedHead(core); t != "" {
				typ, kind = t, k
				start, end = loc[4], loc[5]
			} else if t, k := quotedType(text, loc[0], loc[1]); t != "" {
				typ, kind = t, k
				start, end = loc[4], loc[5]
			} else {
				continue
			}
		}
		m := Mention{Start: start, End: end, Surface: text[start:end], Type: typ, Kind: kind, Source: Pattern, NameZh: inner}
		// 《網路韌性法》（Cyber Resilience Act, CRA）: the English name and
		// abbreviation in parentheses right after the title are its own
		if pm := leadParenRE.FindStringSubmatch(strings.TrimLeft(text[max(end, loc[1]):min(len(text), max(end, loc[1])+200)], " ")); pm != nil && !hasHan(pm[1]) && unicode.IsUpper(firstRune(pm[1])) {
			m.Name, m.Abbr = splitEnglish(pm[1])
		}
		// 「部會多年度策略計畫 (PESEM)」: the name, then its abbreviation
		if k := parenTailRE.FindStringIndex(inner); k != nil && k[0] > 0 {
			m.NameZh = strings.TrimSpace(inner[:k[0]])
			// 「公部門人工智慧應用參考手冊(草案)」: a Chinese remark on the
			// document's status is no name of it
			if tail := strings.Trim(strings.TrimSpace(inner[k[0]:]), "（()）"); !hasHan(tail) {
				m.Name, m.Abbr = splitEnglish(tail)
			}
		}
		out = append(out, m)
	}
	return out
}

// programmeHeads end the titles of programmes, schemes and funds. Outside
// quotes they are ordinary words (制度, 基金, 訓練); a quoted title ending in
// one names a programme (「提供第三方支付服務之事業或人員洗錢防制及服務能量登錄制度」,
// 「政府資安人力職能轉換訓練」, 「2024 - 2030 資安策略」).
var programmeHeads = []head{
	{"制度", graph.Statement, "scheme"}, {"策略", graph.Statement, "strategy"}, {"總體規劃", graph.Statement, "plan"},
	{"服務案", graph.Statement, "procurement"}, {"採購案", graph.Statement, "procurement"}, {"基金", graph.Statement, "fund"},
	{"訓練", graph.Statement, "programme"}, {"建設", graph.Statement, "programme"},
}

// actionVerbs start a quoted goal, not a title (「強化數位政府建設」).
var actionVerbs = []string{"強化", "推動", "落實", "提升", "促進", "建立", "打造", "加強", "完善", "精進", "擴大", "深化"}

// quotedHead types a quoted title by a head noun that names a body or a
// programme only inside quotes: 「民主與科技工作小組」, 「人工智能標準化技術
// 委員會」, 「臺灣新聞數位共榮基金」. The title needs two characters beside its
// head, and no clause inside.
func quotedHead(core string) (graph.EntityType, string) {
	if strings.ContainsAny(core, "、：:") || hasAnyPrefix(core, actionVerbs...) {
		return "", ""
	}
	n := utf8.RuneCountInString(core)
	for _, h := range programmeHeads {
		if strings.HasSuffix(core, h.word) && n >= utf8.RuneCountInString(h.word)+3 {
			return h.typ, h.kind
		}
	}
	if h, ok := headAt(core, len(core)); ok && (h.typ == graph.Agency || h.typ == graph.Organization) && n >= utf8.RuneCountInString(h.word)+2 && !notNames[core] && singleHeadOK(h, n) {
		return h.typ, h.kind
	}
	return "", ""
}

// singleHeadOK: a one-character head (部, 局, 處) needs a longer title.
func singleHeadOK(h head, n int) bool {
	return utf8.RuneCountInString(h.word) > 1 || n >= 4
}

// parenTailRE: an abbreviation or translation in parentheses ending a title.
var parenTailRE = regexp.MustCompile(`\s?[（(][^（）()]*[)）]$`)

// titleVerbs put a document in quotes after them (發布「…」, 完成「…」修正,
// 簽署「…」, 遵循一項「…」).
var titleVerbs = strings.Fields(`發布 公布 完成 推出 訂定 制定 修正 修訂 簽署 通過 延長實施 遵循一項 遵循 依據 根據 公告 公告增訂 增訂 頒布 採納 批准 名為`)

// notDocumentEnds end the names of things that are no documents.
var notDocumentEnds = []string{"技術", "系統", "平臺", "平台", "工具", "介面", "網站", "資料庫", "功能", "服務", "應用程式", "APP", "App"}

// eventVerbs hold an event right before its title.
var eventVerbs = []string{"舉辦", "辦理", "主辦", "召開", "舉行", "主辦的", "舉辦的", "主辦之", "舉辦之"}

// quotedType types a 「title」 that carries no head noun from its context:
// a verb that adopts or publishes documents right before it, or a sibling
// title of a list (「A」、「B」) right before it, makes it a Statement; an
// English name in parentheses after it types it by its head word.
func quotedType(text string, s, e int) (graph.EntityType, string) {
	// the title itself, without its marks, needs six characters (「AI 治理」
	// and 「e-UM」 are a topic and a product's name, not documents)
	if inner := text[s:e]; utf8.RuneCountInString(inner) < 6+2 || strings.Contains(inner, "、") {
		return "", ""
	}

	after := strings.TrimLeft(text[e:min(len(text), e+160)], " ")
	if m := leadParenRE.FindStringSubmatch(after); m != nil {
		if t, k := englishType(m[1]); t != "" {
			return t, k
		}
	}
	before := strings.TrimRight(text[max(0, s-30):s], " ")
	// 已公布之「AI戰略2022」: the verb, then 之/的
	before = strings.TrimSuffix(strings.TrimSuffix(before, "之"), "的")
	// 完成「資安自評報告分析產製技術」開發, 名為「內容審核合規系統」: a
	// technique, a system or a platform is no document
	if _, size := utf8.DecodeRuneInString(text[s:]); hasAnySuffix(strings.TrimSpace(parenTailRE.ReplaceAllString(text[s+size:e-size], "")), notDocumentEnds...) {
		return "", ""
	}
	for _, w := range titleVerbs {
		if strings.HasSuffix(before, w) {
			// 全名為「Digital and AI Ministerial Meeting」: an English
			// title says its own type
			if _, size := utf8.DecodeRuneInString(text[s:]); !hasHan(text[s+size : e]) {
				if t, k := englishType(strings.TrimSpace(text[s+size : e-size])); t != "" {
					return t, k
				}
			}
			return graph.Statement, "document"
		}
	}
	// 舉辦「AI 開箱日」系列活動, 辦理「2025 GenAI Starts 百工百業應用選拔」，: a
	// title a body holds is an event, when the title ends the phrase (召開
	// 「…聯防平臺」聯繫會議 holds the meeting, not the platform)
	if hasAnySuffix(before, eventVerbs...) {
		rest := text[e:min(len(text), e+12)]
		r, _ := utf8.DecodeRuneInString(rest)
		if rest == "" || unicode.IsPunct(r) || unicode.IsSpace(r) || hasAnyPrefix(rest, "系列活動", "活動") {
			return graph.Meeting, "event"
		}
	}
	// a list of titles: 完成「兒少影響評估」、「人權影響評估」
	if strings.HasSuffix(before, "」、") || strings.HasSuffix(before, "」及") || strings.HasSuffix(before, "」與") {
		k := strings.LastIndex(before, "「")
		if k >= 0 {
			if t, kind := quotedType(text, s-len(before)+k, s-len(before)+strings.LastIndex(before, "」")+len("」")); t != "" {
				return t, kind
			}
		}
	}
	return "", ""
}

// leadParenRE: a parenthesis right at the start of s holding a Latin name.
var leadParenRE = regexp.MustCompile(`\A[（(]([A-Za-z][^（）()\n]{2,120})[)）]`)

// headNames: a run of name characters ending in a head noun (…指引, …峰會,
// …委員會), grown leftwards to a stop word.
func (f *Finder) headNames(text string, cover []int32) []Mention {
	var out []Mention
	// one pass of an automaton over every head noun, overlapping matches
	// (部長會議 and 會議 end at the same place; longestHead keeps the longer)
	it := f.heads.IterOverlapping(text)
	for hm := it.Next(); hm != nil; hm = it.Next() {
		h := zhHeads[hm.Pattern()]
		w := h.word
		{
			end := hm.End()
			// prefer the longest head: 部長會議 over 會議 is handled by the
			// overlap pass (longer span wins)
			start := growLeft(text, end-len(w), lineStart(text, end))
			// a 「title」 right before the name run belongs to it (第 2 屆
			// 「頻譜大未來」國際頻譜交流會議)
			if h.typ == graph.Meeting && start < end-len(w) && strings.HasSuffix(text[:start], "」") && f.knownType(text[start:end]) == "" {
				if o := strings.LastIndex(text[lineStart(text, start):start], "「"); o >= 0 {
					o += lineStart(text, start)
					if !strings.ContainsAny(text[o:start], "，。；：、") {
						start = o
					}
				}
			}
			// an ordinal belongs to the name (第6屆部長會議, APEC TEL 第 71
			// 次會議): step over it and keep growing
			if o := tailMatch(ordinalTailRE, text, lineStart(text, start), start); o >= 0 {
				start = o
				// ICA 第 59 屆年會: the body's Latin name before the ordinal
				if o > 1 && text[o-1] == ' ' && isASCIIAlnum(rune(text[o-2])) {
					if g := growLeft(text, o-1, lineStart(text, end)); g < o-1 {
						start = g
					}
				} else {
					start = growLeft(text, o, lineStart(text, end))
				}
			}
			// - 113年新創採購-照護機構獎勵說明會: the year of an event listed
			// on a line of its own belongs to its name (in running text the
			// year dates the mention: 2025 年 APEC 數位與 AI 部長級會議)
			if h.typ == graph.Meeting {
				if o := tailMatch(yearTailRE, text, lineStart(text, start), start); o >= 0 && strings.Trim(text[lineStart(text, o):o], " \t-*•") == "" {
					start = o
				}
			}
			// a known name straddling the left edge belongs to the name
			// (隱私強化技術國際研討會: growth stopped at 強化 inside 隱私強化技術)
			for start > 0 && start < end && cover != nil && cover[start] >= 0 && int(cover[start]) < start {
				start = growLeft(text, int(cover[start]), lineStart(text, end))
			}
			if h.typ == graph.Statement {
				start = throughAside(text, start)
			}
			start = takeBackWord(text, start)
			// 美國 RSAC 展會: the country before a Latin event name is where
			// it is held, not part of the name
			if h.typ == graph.Meeting {
				if m := countryThenLatinRE.FindStringSubmatchIndex(text[start:end]); m != nil && f.knownType(text[start:start+m[3]]) == graph.Country {
					start += m[3] + 1
				}
			}
			name := text[start:end]
			n := utf8.RuneCountInString(name)
			if lh := longestHead(text, end); utf8.RuneCountInString(lh) > utf8.RuneCountInString(w) {
				continue // the longer head's own pass handles this end
			}
			if n-utf8.RuneCountInString(w) < 2 || notNames[name] || badStart(name) {
				continue
			}
			// a single-character head needs a longer name (數位發展部, not
			// 本部) and must end the word: not 部門, 簽署, 處理
			if utf8.RuneCountInString(w) == 1 {
				if n < 3 || !singleHeadEnds(text, end) || strings.HasSuffix(name, "簽署") || strings.HasSuffix(name, "部署") || hasAnySuffix(name, "逐部", "每部", "全部", "總部", "首部", "幹部") {
					continue
				}
			}
			// 世界大學排名: a ranking of universities, not one; 秘書處計畫主任,
			// TEL 計畫提案: the head modifies a title or a proposal
			if hasAnyPrefix(text[end:], "排名", "排行", "主任", "主持人", "經理", "負責人", "專員", "提案") {
				continue
			}
			// 四大核心原則: a count of principles, not a name
			if strings.HasPrefix(name, "大") && start > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune("一二三四五六七八九十兩數", r) {
					continue
				}
			}
			// 會議紀錄 (minutes) after a meeting name: 會議 is no second head
			if h.typ == graph.Meeting && hasAnyPrefix(text[end:], "紀錄", "記錄") && headEndsAt(text, end-len(w)) {
				continue
			}
			// APEC 會議, FOC 組織, 114 年會: a bare acronym or number before a
			// generic head names no particular meeting or body
			if mod := strings.TrimSpace(yearHeadRE.ReplaceAllString(strings.TrimSuffix(name, w), "")); !hasHan(mod) && (w == "會議" || w == "全體會議" || w == "組織" || w == "年會" || w == "大會" || isDigits(mod)) {
				continue
			}
			// 國際數位人權全球大會 Rights Con 2025: the event's own name and
			// year right after a descriptive Chinese name make it one event
			var yearName string
			if h.typ == graph.Meeting {
				if ym := latinYearNameRE.FindStringSubmatch(text[end:]); ym != nil {
					yearName = ym[1]
				}
			}
			// 韓國倡議應共同推動: a country and a bare document head is the
			// country's call or plan in general, or a verb (倡議 = to urge)
			if h.typ == graph.Statement && f.knownType(strings.TrimSpace(strings.TrimSuffix(name, w))) == graph.Country {
				continue
			}
			if (yearName == "" && genericName(name, w) && !f.topicInstrument(name, w)) || f.topicGeneric(name, w) || clauseRefRE.MatchString(name) || hasAnySuffix(name, notNameEnds...) || strings.Contains(name, "賓客") {
				continue
			}
			// 第 70 次會議 alone names no meeting; 第6屆部長會議 does
			if h.typ == graph.Meeting && (w == "會議" || w == "大會" || w == "全體會議" || w == "年會") && ordinalTailRE.MatchString(strings.TrimSuffix(name, w)) && ordinalTailRE.FindStringIndex(strings.TrimSuffix(name, w))[0] == 0 {
				continue
			}
			// a period in parentheses belongs to a plan's name
			// (國家資通安全發展方案（114年至117年）, AI 技術行動計畫（2026-2030）)
			if h.typ == graph.Statement {
				if loc := periodParenRE.FindStringIndex(text[end:]); loc != nil {
					end += loc[1]
					name = text[start:end]
				}
			}
			typ, kind := heldBody(text, start, h)
			// DevDays Asia - 亞洲技術年會: the event's Latin name, a dash,
			// then its Chinese description
			if h.typ == graph.Meeting && yearName == "" {
				if lm := dashLatinRE.FindStringSubmatch(text[max(lineStart(text, start), start-48):start]); lm != nil {
					yearName = lm[1]
				}
			}
			if h.typ == graph.Statement {
				// TELWG 2026 年至 2030 年策略行動計畫: the period the plan
				// covers, and the body before it, belong to the name
				if o := tailMatch(periodPrefixRE, text, lineStart(text, start), start); o >= 0 {
					start = o
					name = text[start:end]
				}
				// 策略行動計畫與組織章程: two documents joined, each a name
				if j := joinedDocuments(name); j > 0 {
					left := name[:j]
					lh, _ := headAt(left, len(left))
					if !genericName(left, lh.word) && !f.topicGeneric(left, lh.word) && !notNames[left] && !badStart(left) {
						out = append(out, Mention{Start: start, End: start + j, Surface: left, Type: typ, Kind: lh.kind, Source: Pattern, NameZh: left})
					}
					start += j + len("與")
					name = text[start:end]
					if genericName(name, w) || f.topicGeneric(name, w) || notNames[name] || badStart(name) {
						continue
					}
				}
			}
			out = append(out, Mention{Start: start, End: end, Surface: name, Type: typ, Kind: kind, Source: Pattern, NameZh: name, Name: yearName})
		}
	}
	return out
}

// periodPrefixRE: a span of years (and the body's acronym) right before a
// plan's name: TELWG 2026 年至 2030 年, 2024 - 2030.
var periodPrefixRE = regexp.MustCompile(`(?:[A-Z][A-Za-z]{1,9} )?(?:19|20)[0-9]{2}\s?年?\s?(?:至|到|-|–|~)\s?(?:19|20)[0-9]{2}\s?年?\s?$`)

// joinedDocuments returns the byte offset of the joiner in a name made of
// two document names (策略行動計畫與組織章程, 智慧交通倡議與 AI 路線圖), or -1:
// the part before the joiner ends in a document head of its own and the
// part after it is a name too.
func joinedDocuments(name string) int {
	for _, j := range []string{"與", "及", "和", "暨"} {
		i := strings.Index(name, j)
		if i <= 0 {
			continue
		}
		left, right := name[:i], strings.TrimSpace(name[i+len(j):])
		lh, ok := headAt(left, len(left))
		if !ok || lh.typ != graph.Statement || utf8.RuneCountInString(lh.word) < 2 || utf8.RuneCountInString(left)-utf8.RuneCountInString(lh.word) < 2 {
			continue
		}
		rh, ok := headAt(right, len(right))
		if !ok || rh.typ != graph.Statement || utf8.RuneCountInString(right)-utf8.RuneCountInString(rh.word) < 2 || right != name[i+len(j):] {
			continue
		}
		return i
	}
	return -1
}

// dashLatinRE: a capitalised Latin name and a dash right before a name.
var dashLatinRE = regexp.MustCompile(`([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3}) ?[-–—] ?$`)

// latinYearNameRE: a capitalised Latin name and a year right after a name.
var latinYearNameRE = regexp.MustCompile(`\A ?((?:[A-Z][A-Za-z]*\s){1,4}(?:19|20)[0-9]{2})\b`)

// convenes are the verbs that hold a meeting right before its name.
var convenes = []string{"舉辦", "召開", "舉行", "主辦"}

// heldBody types a name by its head h, except that a committee or council
// one holds (舉辦G7數位技術委員會) is a session of it: a meeting, not the body.
func heldBody(text string, start int, h head) (graph.EntityType, string) {
	if (h.word == "委員會" || h.word == "理事會") && hasAnySuffix(strings.TrimRight(text[:start], " "), convenes...) {
		return graph.Meeting, "meeting"
	}
	return h.typ, h.kind
}

// notNameEnds end phrases that only look like names: a solution or a
// product is no document, a method no law.
var notNameEnds = []string{"資料中心", "數據中心", "解決方案", "產品方案", "服務方案", "方法", "作法", "做法", "手法", "立法", "執法", "司法", "軟法", "注意要點"}

// clauseRefRE: 第 1 款規定 cites a clause of a law, it names nothing.
var clauseRefRE = regexp.MustCompile(`^第\s?[0-9一二三四五六七八九十]+\s?[條款項目]`)

// periodParenRE: a parenthesised period right after a name.
var periodParenRE = regexp.MustCompile(`\A\s?[（(]\s?(?:(?:19|20)[0-9]{2}|[0-9]{2,3}\s?年)\s?(?:年)?\s?(?:-|–|~|至|到)\s?(?:(?:19|20)[0-9]{2}|[0-9]{2,3}\s?年)\s?年?\s?[)）]`)

// standardRE: standards and specifications by their code (ISO/IEC 17025,
// SEMI E187, UL 3115, IEEE 802.11, 3GPP Release 16).
var standardRE = newLineRE(`\b(?:ISO/IEC|ISO|IEC|SEMI|UL|IEEE|ETSI EN|ETSI TS|NIST SP|NISTIR|RFC|EN)\s?[A-Z]?[0-9]{2,5}(?:[-.:][0-9]+)*\b|\bRelease\s[0-9]{2}\b`, "ISO", "IEC", "SEMI", "UL", "IEEE", "ETSI", "NIST", "RFC", "EN", "Release")

// schemeAfterCodeRE: a Han description ending in a scheme or guidance head
// (one ending in 標準 only describes the standard itself)
// right after a standard's code.
var schemeAfterCodeRE = regexp.MustCompile(`\A ?[^\s\p{P}的之與和及並在於為是]{2,16}(?:認驗證制度|驗證制度|認證制度|制度|指引|框架)`)

func standards(text string) []Mention {
	var out []Mention
	for _, loc := range standardRE.allSubmatchIndex(text) {
		// SEMI E187 半導體設備資安標準認驗證制度: the scheme built on the
		// standard is named by the code and its Chinese description
		if m := schemeAfterCodeRE.FindStringSubmatchIndex(text[loc[1]:]); m != nil {
			name := text[loc[0] : loc[1]+m[1]]
			out = append(out, Mention{Start: loc[0], End: loc[1] + m[1], Surface: name, Type: graph.Statement, Kind: "scheme", Source: Pattern, NameZh: name})
			continue
		}
		s := text[loc[0]:loc[1]]
		out = append(out, Mention{Start: loc[0], End: loc[1], Surface: s, Type: graph.Statement, Kind: "standard", Source: Pattern, Name: s})
	}
	return out
}

// headEndsAt reports whether a meeting head noun ends at text[:end].
func headEndsAt(text string, end int) bool {
	h, ok := headAt(text, end)
	return ok && h.typ == graph.Meeting
}

// singleHeadEnds reports whether a one-character head noun at text[:end]
// ends the word: 部 in 數位發展部 but not in 部門, 部長, 部分.
func singleHeadEnds(text string, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	return !strings.ContainsRune("門分長长落理份會內外屬級處室次員置署人遵規律令院案條典制務治", r)
}

// genericModifiers make a head noun generic rather than a name (國際會議,
// 工作會議, 非營利組織, 解決方案).
var genericModifiers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`國際 工作 相關 政府 非營利 公民社會 全球 區域 雙邊 多邊 年度 定期 視訊 線上 實體 內部 專案 合作 解決 國際組織 部長 研發 私營 公私 現有 現行 既有 法律 安全 人權 政策 管理 技術 產業 國家 地方 跨部 新創 這些 那些 所屬 公部 私部 主管 民間 學研 研究 我國 他國 各國 本國 外國 全國 國內 各類 資安 相關法 子 分 總 全體 分組 研討 圓桌 部長級 焦點 秘書 資料 指導分組 評估 透明度 作業 階段 治理 供應 相互承認 指導 電信 嘉賓 新創 創新 數位 資訊 AI 技術委員會 首部 公協`) {
		genericModifiers[w] = true
	}
}

func genericName(name, headWord string) bool {
	return genericMod(strings.TrimSpace(strings.TrimSuffix(name, headWord)))
}

// genericAdjectives describe a meeting or document without naming it
// (國際網路技術治理重要會議, 部長級正式會議, AI 大型展會).
var genericAdjectives = strings.Fields(`符合性 自我符合性 審驗 非政府 大型 小型 正式 非正式 主要 巡迴 領域 議題 成果 高峰 系列 例行 年度 專題 多場 各場 首場 相關 試驗 試辦 資助 補助 獎助 推廣 輔導`)

// genericMod reports whether a modifier is made only of generic words
// (國際資安, 資安領域議題國際): each word a generic modifier or adjective,
// matched longest first from the left.
func genericMod(mod string) bool {
	if genericModifiers[mod] {
		return true
	}
	mod = strings.ReplaceAll(mod, " ", "")
	if mod == "" {
		return false
	}
	for mod != "" {
		best := 0
		for n := min(len(mod), 5*3); n > 0; n-- {
			w := mod[:n]
			if utf8.ValidString(w) && (genericModifiers[w] || slicesContains(genericAdjectives, w) || genericJoiners[w] && n < len(mod) || meetingHead(w)) {
				best = n
				break
			}
		}
		if best == 0 {
			return false
		}
		mod = mod[best:]
	}
	return true
}

// topicGeneric reports whether a statement's modifier is a known
// technology followed only by generic words (人工智慧治理框架, AI 治理框架):
// the kind of document on a topic, not one document. A technology alone
// before the head still names one (AI 法案).
func (f *Finder) topicGeneric(name, headWord string) bool {
	h, _ := headAt(name, len(name))
	if h.typ != graph.Statement {
		return false
	}
	mod := strings.ReplaceAll(strings.TrimSuffix(name, headWord), " ", "")
	for n := len(mod) - 1; n > 0; n-- {
		if !utf8.ValidString(mod[:n]) || f.knownType(mod[:n]) != graph.Technology {
			continue
		}
		return genericMod(mod[n:])
	}
	return false
}

// genericJoiners join generic words (非政府及民間組織, 工作坊及成果分享會).
var genericJoiners = map[string]bool{"及": true, "與": true, "和": true, "暨": true, "、": true}

// meetingHead reports whether w is a meeting head noun (工作坊 of
// 工作坊及成果分享會): several kinds of events name none of them.
func meetingHead(w string) bool {
	for _, h := range zhHeads {
		if h.word == w && h.typ == graph.Meeting {
			return true
		}
	}
	return false
}

// topicInstruments are document heads that, after a technology alone,
// name one instrument (AI 行動計畫 = the AI Action Plan, AI 法案 = the AI
// Act), where a guideline or framework on a topic is one of many.
var topicInstruments = []string{"行動計畫", "法案", "基本法", "憲章", "戰略", "白皮書"}

// topicInstrument reports whether name is a known technology (with
// nothing else) before one of topicInstruments.
func (f *Finder) topicInstrument(name, headWord string) bool {
	if !slicesContains(topicInstruments, headWord) {
		return false
	}
	mod := strings.TrimSpace(strings.TrimSuffix(name, headWord))
	return mod != "" && f.knownType(mod) == graph.Technology
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// corroborated keeps head-noun names the text supports beyond one chance
// match: written at least twice, or led by a known country name
// (日本經濟產業省, 澳洲AI安全研究所).
// occurrences counts, in one pass over text, where each of names occurs
// (overlapping occurrences too), capped at 2: the names are indexed by
// their first two characters, which is far cheaper than building an
// automaton per document. names are non-empty and valid UTF-8.
func occurrences(text string, names []string) []int {
	count := make([]int, len(names))
	byPrefix := make(map[string][]int, len(names))
	for i, n := range names {
		if _, size := utf8.DecodeRuneInString(n); size == len(n) {
			// one character: its occurrences cannot overlap
			count[i] = min(2, strings.Count(text, n))
			continue
		}
		p := prefix2(n)
		byPrefix[p] = append(byPrefix[p], i)
	}
	if len(byPrefix) == 0 {
		return count
	}
	for i := 0; i < len(text); {
		rest := text[i:]
		for _, id := range byPrefix[prefix2(rest)] {
			if count[id] < 2 && strings.HasPrefix(rest, names[id]) {
				count[id]++
			}
		}
		_, size := utf8.DecodeRuneInString(rest)
		i += size
	}
	return count
}

func (f *Finder) corroborated(text string, ms []Mention) []Mention {
	key := func(m Mention) string {
		if i := strings.IndexAny(m.Surface, "（("); i > 0 {
			return m.Surface[:i] // a plan's period in parentheses
		}
		return m.Surface
	}
	// 數位發展部 業務概況報告 and 數位發展部業務概況報告 are one name written
	// twice: candidates are counted without spaces
	spaced := make(map[string]int, len(ms))
	for _, m := range ms {
		spaced[strings.ReplaceAll(key(m), " ", "")]++
	}
	// the candidates themselves are occurrences: count them first and scan
	// the text only for names found once (one scan per distinct name)
	seen := make(map[string]int, len(ms))
	for _, m := range ms {
		seen[key(m)]++
	}
	twice := make(map[string]bool, len(ms))
	var once []string
	for n, c := range seen {
		if c >= 2 {
			twice[n] = true
		} else if n != "" {
			once = append(once, n)
		}
	}
	// names seen once among the candidates: count them in one pass (a name
	// inside a longer one counts too)
	if len(once) > 0 {
		count := occurrences(text, once)
		for i, n := range once {
			twice[n] = count[i] >= 2
		}
	}
	out := ms[:0]
	for _, m := range ms {
		// 內政部統計處: a unit named after its known ministry
		unit := m.Type == graph.Agency && f.unitOf(m.Surface)
		// 資策會科法所創智中心: a centre of a known organisation is a unit of
		// that organisation, named by what follows its parents
		if !unit && m.Type == graph.Agency {
			if parent, rest := f.orgUnit(m.Surface); parent != "" {
				m.Type, m.Kind, m.Parent, m.NameZh, unit = graph.Organization, "unit", parent, rest, true
			}
		}
		if twice[key(m)] || spaced[strings.ReplaceAll(key(m), " ", "")] >= 2 || standsAlone(text, m) || f.countryPrefix(m.Surface) != "" || unit || (strings.HasPrefix(m.Surface, "駐") && m.Type == graph.Agency) {
			out = append(out, m)
		}
	}
	return out
}

// headingRE: a numbered section heading that names a visit or an event
// the report's delegation took part in (一、拜會微軟總部, (三) 參與自由線上
// 聯盟部長會議): trip reports are organised by the meetings they attended.
var headingRE = newLineRE(`(?m)^(?:[-*]\s*)?(?:\*\*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*(拜會|拜訪|參訪|參與|參加|出席)\s*([^\n：:，,。；、]{2,60})`, "拜會", "拜訪", "參訪", "參與", "參加", "出席")

// eventHeads end the name of an event in a heading (…晚會, …活動, …之夜).
var eventHeads = []string{"會議", "峰會", "論壇", "研討會", "工作坊", "座談會", "說明會", "交流會", "年會", "大會", "晚會", "活動", "之夜", "儀式", "典禮", "酒會", "餐會", "博覽會", "展覽", "展會", "黑客松"}

func headingMeetings(text string) []Mention {
	var out []Mention
	for _, m := range headingRE.allSubmatchIndex(text) {
		verb := text[m[2]:m[3]]
		rest := text[m[4]:m[5]]
		// 拜訪時間：… is a field, 拜會美國科技產業、政府… a list of hosts
		if r, _ := utf8.DecodeRuneInString(text[m[5]:]); strings.ContainsRune("：:、，,", r) {
			continue
		}
		if k := strings.Index(rest, "「"); k > 0 {
			rest = rest[k:] // Google 「全球共好 AI」…活動: the title starts the name
		}
		// the name ends before a table-of-contents leader, an English
		// name in parentheses, or a second clause (並共同發布…)
		cut := len(rest)
		for _, stop := range []string{" ..", "..", "…", "（", "(", "並", "\t", "**"} {
			if k := strings.Index(rest, stop); k >= 0 && k < cut {
				cut = k
			}
		}
		rest = strings.TrimSpace(rest[:cut])
		if utf8.RuneCountInString(rest) < 2 || utf8.RuneCountInString(rest) > 30 {
			continue
		}
		end := m[4] + strings.Index(text[m[4]:], rest) + len(rest)
		switch verb {
		case "拜會", "拜訪", "參訪":
			// a visit: the verb is part of the name (拜會微軟總部)
			out = append(out, Mention{Start: m[2], End: end, Surface: text[m[2]:end], Type: graph.Meeting, Kind: "visit", Source: Pattern, NameZh: text[m[2]:end]})
		default:
			ok := false
			for _, h := range eventHeads {
				if strings.HasSuffix(rest, h) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
			start := end - len(rest)
			out = append(out, Mention{Start: start, End: end, Surface: rest, Type: graph.Meeting, Kind: "event", Source: Pattern, NameZh: rest})
		}
	}
	return out
}

// namedHeadingRE: a numbered heading that is the name of a meeting
// (八、推廣創新數位解決方案以應對社會經濟挑戰研討會議 ..... 56): the whole
// heading is the name, whatever verbs it holds.
var namedHeadingRE = newLineRE(`(?m)^[ \t]*(?:[-*][ \t]*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）])[ \t]*([^\n，。：:、「」]{2,60}?(?:研討會議|研討會|部長級會議|部長會議|會議|高峰會|峰會|論壇|工作坊|座談會|說明會|交流會|分享會|年會|大會))[ \t]*(?:\.{2,}[^\n]*|\t[0-9]+)?[ \t]*$`, "會", "論壇", "工作坊")

func namedHeadings(text string) []Mention {
	var out []Mention
	for _, m := range namedHeadingRE.allSubmatchIndex(text) {
		s, e := m[2], m[3]
		name := text[s:e]
		if h, ok := headAt(name, len(name)); !ok || utf8.RuneCountInString(name)-utf8.RuneCountInString(h.word) < 4 || genericModifiers[strings.TrimSuffix(name, h.word)] || badStart(name) || hasAnyPrefix(name, "拜會", "拜訪", "參訪", "參與", "參加", "出席", "會議") {
			continue
		}
		h, _ := headAt(name, len(name))
		out = append(out, Mention{Start: s, End: e, Surface: name, Type: graph.Meeting, Kind: h.kind, Source: Pattern, NameZh: name})
	}
	return out
}

// bracketRE: 【title】 then the rest of the line; the title and the line
// name an event when either ends in a meeting head (【北部場】113年「…」說明會).
var bracketRE = newStartRE(`【([^】\n]{2,40})】([^\n]{0,80})`, "【")

func bracketMeetings(text string) []Mention {
	var out []Mention
	for _, m := range bracketRE.allSubmatchIndex(text) {
		inner := text[m[2]:m[3]]
		rest := strings.TrimRight(text[m[4]:m[5]], "* ")
		end := m[4] + len(rest)
		if h, ok := headAt(rest, len(rest)); ok && h.typ == graph.Meeting {
			out = append(out, Mention{Start: m[0], End: end, Surface: text[m[0]:end], Type: graph.Meeting, Kind: h.kind, Source: Pattern, NameZh: text[m[0]:end]})
			continue
		}
		if h, ok := headAt(inner, len(inner)); ok && h.typ == graph.Meeting {
			// the title names the event; the line after it is its theme
			out = append(out, Mention{Start: m[0], End: end, Surface: text[m[0]:end], Type: graph.Meeting, Kind: h.kind, Source: Pattern, NameZh: text[m[0]:end], Name: inner})
		}
	}
	return out
}

// numberedRE: an acronym with a session number (ICANN 82, TELWG 72,
// TELMIN 12, WRC-23, WSIS+10, RightsCon2025): how recurring meetings are
// called in English.
var numberedRE = regexp.MustCompile(`\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:[ -]|\+)?([0-9]{2}|20[0-9]{2})\b`)

// numberedAt is numberedRE anchored where it starts.
var numberedAt = regexp.MustCompile(`\A(?:` + numberedRE.String() + `)`)

// numberedMatches is numberedRE.FindAllStringSubmatchIndex(text, -1): a
// match starts at an ASCII capital after a non-word byte and stays on its
// line, so the anchored regexp runs only there (Go's regexp would step
// through every byte of the text).
func numberedMatches(text string) [][]int {
	var out [][]int
	for p := 0; p < len(text); p++ {
		if c := text[p]; c < 'A' || c > 'Z' || p > 0 && isWordByte(text[p-1]) {
			continue
		}
		le := strings.IndexByte(text[p:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += p
		}
		m := numberedAt.FindStringSubmatchIndex(text[p:le])
		if m == nil {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += p
			}
		}
		out = append(out, m)
		p = m[1] - 1 // the next match starts after this one
	}
	return out
}

// isWordByte is an ASCII word byte as \b sees it.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// notSessionAfter: a number followed by these counts or dates something.
var notSessionAfter = []string{"年", "月", "日", "%", "個", "項", "家", "位", "人", "億", "萬", "件", "次", "場", "名", "歲", "小時", "分", "秒", "天", "週", "國", "條", "款", "號", "GHz", "MHz", "Gbps", "Mbps", ".", ":"}

func numberedMeetings(text string, f *Finder) []Mention {
	var out []Mention
	for _, m := range numberedMatches(text) {
		acr := text[m[2]:m[3]]
		after := strings.TrimLeft(text[m[1]:], " ")
		bad := false
		for _, w := range notSessionAfter {
			if strings.HasPrefix(after, w) {
				bad = true
				break
			}
		}
		// technologies and standards carry numbers too (IPv6, ISO 27001)
		if bad || f.knownType(acr) == graph.Technology || strings.ContainsAny(text[m[0]:m[1]], "\n") {
			continue
		}
		// an all-capitals acronym, or a camel-case brand written with a year
		if !isAbbr(acr) && len(text[m[4]:m[5]]) != 4 {
			continue
		}
		// SDG11, COVID-19: a glued code or a disease, not a session
		if sep := text[m[3]:m[4]]; (sep == "" && len(text[m[4]:m[5]]) != 4) || acr == "COVID" {
			continue
		}
		out = append(out, Mention{Start: m[0], End: m[1], Surface: text[m[0]:m[1]], Type: graph.Meeting, Kind: "session", Source: Pattern, Name: text[m[0]:m[1]]})
		// ICANN 82 至 85: every session of the range, each named at the
		// range's last number (several mentions may share one span)
		if r := sessionRangeRE.FindStringSubmatchIndex(text[m[1]:min(len(text), m[1]+16)]); r != nil {
			from, _ := strconv.Atoi(text[m[4]:m[5]])
			to, _ := strconv.Atoi(text[m[1]+r[2] : m[1]+r[3]])
			sep := text[m[3]:m[4]]
			if to > from && to-from <= 10 {
				s, e := m[1]+r[2], m[1]+r[3]
				for k := from + 1; k <= to; k++ {
					name := acr + sep + strconv.Itoa(k)
					out = append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Meeting, Kind: "session", Source: Pattern, Name: name})
				}
			}
		}
	}
	return out
}

// sessionRangeRE: the end of a range of session numbers (至 85, -85).
var sessionRangeRE = regexp.MustCompile(`\A\s?(?:至|到|~|-|–)\s?([0-9]{2,3})\b`)

// asideInsideRE: Han, a parenthesised English phrase, then Han again.
var asideInsideRE = regexp.MustCompile(`\p{Han}\s?[(（][A-Z][^()（）\p{Han}]{2,}[)）]\s?\p{Han}`)

// strongLeft are words after which a meeting or document name starts
// (出席2025年數位部長會議, 於臺北舉辦的…); a name grown to one of them, to
// punctuation or to the line start has a clear left edge.
var strongLeft = strings.Fields(`的 場 出席 參加 參與 舉辦 召開 主辦 舉行 辦理 與會 出訪 率團 赴 於 在 通過 發布 公布 簽署 依據 根據 依 參照 訂定 制定 推動 完成`)

// yearTailRE: a year (Gregorian or ROC) right before a name.
var yearTailRE = regexp.MustCompile(`(?:(?:19|20)[0-9]{2}|[0-9]{2,3})\s?年度?\s?$`)

// yearHeadRE: a year starting a name.
var yearHeadRE = regexp.MustCompile(`^(?:(?:19|20)[0-9]{2}|[0-9]{2,3})\s?年度?\s?`)

// tailMatch returns where a $-anchored re matches text[lo:hi] when the match
// starts within the last 64 bytes, else -1: running it over a whole line
// prefix for every candidate name cost more than all the rest of headNames.
func tailMatch(re *regexp.Regexp, text string, lo, hi int) int {
	w := max(lo, hi-64)
	for w > lo && !utf8.RuneStart(text[w]) {
		w++
	}
	if loc := re.FindStringIndex(text[w:hi]); loc != nil {
		return w + loc[0]
	}
	return -1
}

// ordinalTailRE: an ordinal right before a head-noun name.
var ordinalTailRE = regexp.MustCompile(`第\s?[0-9０-９一二三四五六七八九十百]+\s?[屆次期]\s?$`)

// documentVerbs introduce the name of a document.
var documentVerbs = strings.Fields(`依據 根據 依照 通過 發布 公布 簽署 訂定 制定 修正 實施 推動 完成 提出 參照 啟動 核定 頒布 發表 研訂 擬定`)

// ordinalRE: 第 N 屆 / 第 N 次 / a year make a meeting name specific.
var ordinalRE = regexp.MustCompile(`第\s?[0-9０-９一二三四五六七八九十百]+\s?[屆次期]|(?:19|20)[0-9]{2}|[0-9]{2,3}\s?年`)

// standsAlone reports whether a meeting or statement name written once
// still reads as a name: long enough beside its head, no possessive 的
// inside, and a clear left edge (punctuation, line start, a verb that
// introduces names) or an ordinal, a year or a Latin acronym in it.
func standsAlone(text string, m Mention) bool {
	// a document name carrying its English name inside (…夥伴關係 (Enhanced
	// Trade Partnership Arrangement, ETP) 數位貿易協議) reads as a name once
	if m.Type == graph.Statement && asideInsideRE.MatchString(m.Surface) {
		return true
	}
	if m.Type != graph.Meeting {
		return false
	}
	if m.Name != "" && latinYearNameRE.MatchString(m.Name) {
		return true // 國際數位人權全球大會 Rights Con 2025
	}
	h, _ := headAt(text, m.End)
	mod := strings.TrimSpace(strings.TrimSuffix(m.Surface, h.word))
	if utf8.RuneCountInString(mod) < 3 || strings.Contains(mod, "的") || genericMod(mod) {
		return false
	}
	if ordinalRE.MatchString(m.Surface) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(m.Surface); r >= 'A' && r <= 'Z' {
		return true
	}
	before := strings.TrimRight(text[:m.Start], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	if before == "" || r == '\n' || unicode.IsPunct(r) {
		return true
	}
	for _, w := range strongLeft {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// countryPrefix returns the id of the country whose name starts s.
func (f *Finder) countryPrefix(s string) string {
	return f.knownPrefix(s, graph.Country, 0)
}

// unitOf reports whether name is a unit named after its known agency
// (內政部統計處, 經濟部產業技術司): the agency, then a name of two characters
// or more, no joiner (教育部和衛福部 are two) and no session number (立法院
// 第 11 屆第 5 會期交通委員會).
func (f *Finder) unitOf(name string) bool {
	id := f.knownPrefix(name, graph.Agency, 2)
	if id == "" {
		return false
	}
	for _, n := range f.gz.ByID(id).Names() {
		if rest, ok := strings.CutPrefix(name, n); ok {
			return !hasAnyPrefix(rest, "和", "與", "及", "、", "暨", "或") && !strings.ContainsAny(rest, "0123456789第")
		}
	}
	return false
}

// orgUnit returns the known organisation that starts name and the rest of
// name after every known body at its start (資策會科法所創智中心 → iii-stli,
// 創智中心), when the rest is a name of two characters or more with no
// joiner; else "".
func (f *Finder) orgUnit(name string) (string, string) {
	parent, rest := "", name
	for {
		id := f.knownPrefix(rest, graph.Organization, 2)
		if id == "" {
			id = f.knownPrefix(rest, graph.Agency, 2)
		}
		if id == "" {
			break
		}
		cut := false
		for _, n := range f.gz.ByID(id).Names() {
			if r, ok := strings.CutPrefix(rest, n); ok && n != "" {
				rest, cut = r, true
				if f.gz.ByID(id).Type == graph.Organization {
					parent = id
				}
				break
			}
		}
		if !cut {
			break
		}
	}
	if parent == "" || utf8.RuneCountInString(rest) < 3 || hasAnyPrefix(rest, "和", "與", "及", "、", "暨", "或") || strings.ContainsAny(rest, "0123456789第") {
		return "", ""
	}
	return parent, rest
}

// knownPrefix returns the id of the known name of type t that starts s
// and leaves at least rest characters after it.
func (f *Finder) knownPrefix(s string, t graph.EntityType, rest int) string {
	_, size := utf8.DecodeLastRuneInString(s)
	ft := normalize.Fold(s[:len(s)-size])
	it := f.ac.Iter(ft.Folded)
	if n := it.Next(); n != nil && n.Start() == 0 {
		if p := f.pats[n.Pattern()]; p.typ == t && !p.city && hasHan(ft.Folded[:n.End()]) && utf8.RuneCountInString(ft.Folded[n.End():])+1 > rest {
			return p.id
		}
	}
	return ""
}

// longestHead returns the longest head noun ending at text[:end].
func longestHead(text string, end int) string {
	best := ""
	for _, h := range zhHeads {
		if len(h.word) > len(best) && strings.HasSuffix(text[:end], h.word) {
			best = h.word
		}
	}
	return best
}

// badStart rejects spans that begin with a determiner or a word that makes
// them generic (該計畫, 相關會議, 上述原則).
// throughAside extends a document name whose growth stopped at an English
// aside inside it (臺英促進貿易夥伴關係 (Enhanced Trade Partnership
// Arrangement, ETP) 數位貿易協議) back to the verb or punctuation that
// starts the whole name (簽署); without such a left edge it keeps start.
func throughAside(text string, start int) int {
	ls := lineStart(text, start)
	before := strings.TrimRight(text[ls:start], " ")
	if !strings.HasSuffix(before, ")") && !strings.HasSuffix(before, "）") {
		return start
	}
	open := max(strings.LastIndex(before, "("), strings.LastIndex(before, "（"))
	if open < 0 {
		return start
	}
	inner := strings.TrimLeft(before[open:], "(（")
	if hasHan(inner) || inner == "" || !isUpperASCII(firstRune(inner)) {
		return start
	}
	lead := strings.TrimRight(before[:open], " ")
	r, _ := utf8.DecodeLastRuneInString(lead)
	if !unicode.Is(unicode.Han, r) {
		return start
	}
	// the nearest verb that introduces a document, within a short reach
	best := -1
	for _, w := range documentVerbs {
		if i := strings.LastIndex(lead, w); i >= 0 && i+len(w) > best {
			best = i + len(w)
		}
	}
	if best < 0 || utf8.RuneCountInString(lead[best:]) > 20 || strings.ContainsAny(lead[best:], "，。、；：「」") {
		return start
	}
	return ls + best
}

// countryThenLatinRE: a Han word, a space, then a Latin name.
var countryThenLatinRE = regexp.MustCompile(`\A(\p{Han}{2,4}) [A-Z]`)

// takeBackWord moves a name's start back over a stop word that is the
// first half of the name's first word (符合 of 符合性評鑑與互通性指導分組:
// growth stopped at 符合, leaving 性…).
func takeBackWord(text string, start int) int {
	if strings.HasPrefix(text[start:], "性") && !strings.HasPrefix(text[start:], "性別") && strings.HasSuffix(text[:start], "符合") {
		return start - len("符合")
	}
	return start
}

func badStart(name string) bool {
	// the tail of a word growth stopped inside (與會者簡要回顧…, 符合性聲明)
	if strings.HasPrefix(name, "者") || (strings.HasPrefix(name, "性") && !strings.HasPrefix(name, "性別")) {
		return true
	}
	for _, p := range []string{"該", "本", "此", "其", "各", "這", "那", "當地", "相關", "上述", "前述", "下列", "所有", "多項", "多個", "每", "任何", "有關", "部分", "整體", "個別", "主要", "重要", "重大", "一般", "其他", "其它", "各項", "各種", "雙邊", "多邊", "國際間"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// latinNames: capitalised English phrases with an English head word
// (Joint Statement on Freedom of Expression Online, Task Force on Internet
// Shutdowns, Tech Global Institute).
var latinPhraseRE = newLineRE(`\b[A-Z][A-Za-z0-9'’&\-]*(?:[ \t]+(?:(?:of|on|for|and|the|in|to|by|at|de|a|\+)[ \t]+)*[A-Z0-9][A-Za-z0-9'’&\-]*)+`, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z")

// badLatinStart: phrases that start a sentence rather than a name.
var badLatinStart = map[string]bool{"Draft": true, "At": true, "In": true, "On": true, "For": true, "Members": true, "Fact": true, "Ministerial": true, "This": true, "These": true, "Our": true, "We": true, "As": true, "By": true, "With": true}

// genericOfThe: "Members of the Coalition" names a group of members, not
// a body.
var genericOfThe = regexp.MustCompile(`^(?:Member|Members|Member States|Observers?|Chair|Co-Chairs?|Head|Heads|Staff|Representatives?) of the `)

// signedInstruments finds instruments and meetings named by their kind
// where the sentence says which one: signed, issued after a meeting, held
// at a place.
//
// signedRE: an instrument right after the verb that signs it (簽署網路安全
// 合作備忘錄, 簽署的合作備忘錄, 簽署行政安排): even a generic name there is
// the one instrument signed. Names hold no particle or joiner.
var signedRE = newStartRE(`(?:簽署|簽訂|聯署|共同簽署)(?:了|的|之)?\s?((?:[^\s，。、；：:（()）「」《》與和及的之在於並]{0,12}?)(?:合作備忘錄|諒解備忘錄|備忘錄|聯合聲明|共同聲明|協議|協定|行政安排|意向書|宣言))`, "簽署", "簽訂", "聯署")

// afterMeetingRE: the statement a meeting issues, named by its kind right
// after 會後 (依據會後聯合聲明, 會後發表共同聲明).
var afterMeetingRE = newStartRE(`會後(?:發表|發布|通過)?(?:之|的)?(聯合聲明|共同聲明|部長宣言|聯合宣言)`, "會後")

// GenericName reports whether name is only a kind of meeting or document
// (聯合聲明, 合作備忘錄, 國際會議): it names one thing only where the text
// says which (簽署的合作備忘錄), so it is no name to look for elsewhere.
func GenericName(name string) bool {
	h, ok := headAt(name, len(name))
	if !ok {
		return false
	}
	mod := strings.TrimSpace(strings.TrimSuffix(name, h.word))
	return mod == "" || genericMod(mod) || notNames[name]
}

// heldRE: a meeting right after the place and the verb that holds it
// (在愛沙尼亞塔林舉辦之部長級會議): even a generic name there is the one
// meeting held.
var heldRE = newLineRE(`(?:在|於)[^\s，。、；：]{1,10}?(?:舉辦|舉行|召開)(?:之|的)((?:[^\s，。、；：（()）「」與和及的之在於並]{0,10}?)(?:部長級會議|部長會議|高峰會|峰會|年會|大會|會議|論壇|研討會|工作坊))`, "舉辦", "舉行", "召開")

func signedInstruments(text string) []Mention {
	var out []Mention
	for _, re := range []lineRE{signedRE, afterMeetingRE, heldRE} {
		for _, m := range re.allSubmatchIndex(text) {
			s, e := m[2], m[3]
			name := text[s:e]
			h, ok := headAt(text, e)
			if !ok {
				continue
			}
			// 與其他國家簽署合作協議: agreements one could sign, not one signed
			if strings.Contains(text[max(0, m[0]-18):m[0]], "其他國家") || hasAnySuffix(text[max(0, m[0]-12):m[0]], genericPlurals...) {
				continue
			}
			// 簽署相互承認協議: a kind of agreement, not one; 簽署本協議: an
			// anaphor the resolver handles
			if badStart(name) || strings.HasPrefix(name, "相互承認") {
				continue
			}
			// a known document's name continues past the head (協議書)
			if r, _ := utf8.DecodeRuneInString(text[e:]); r == '書' {
				continue
			}
			out = append(out, Mention{Start: s, End: e, Surface: name, Type: h.typ, Kind: h.kind, Source: Pattern, NameZh: name})
		}
	}
	return out
}

// corporateTitles are offices only a company or an NGO has: the English
// name right before one is that body (Research ICT Africa 執行長).
var corporateTitles = []string{"執行長", "董事長", "總裁", "副總裁", "共同創辦人", "創辦人", "技術長", "營運長", "總經理", "財務長"}

// appositionRE: a Latin word right after a class noun (創立的公司 Mellanox,
// 新創 Anthropic): the word names the company.
var appositionRE = newStartRE(`(?:公司|企業|新創|業者)\s?([A-Z][A-Za-z0-9]{2,})`, "公司", "企業", "新創", "業者")

func appositions(text string) []Mention {
	var out []Mention
	for _, m := range appositionRE.allSubmatchIndex(text) {
		s, e := m[2], m[3]
		if e < len(text) {
			// a longer Latin phrase (公司 Chain Reaction) is latinNames' or
			// the gazetteer's; an acronym glued to Han is no word
			if r, _ := utf8.DecodeRuneInString(text[e:]); isASCIIAlnum(r) || r == '-' {
				continue
			}
			if strings.HasPrefix(text[e:], " ") && e+1 < len(text) && isUpperASCII(rune(text[e+1])) {
				continue
			}
		}
		if isAbbr(text[s:e]) {
			continue // 企業 AI 指引: an acronym names a field, not a firm
		}
		out = append(out, Mention{Start: s, End: e, Surface: text[s:e], Type: graph.Organization, Kind: "company", Source: Pattern, Name: text[s:e]})
	}
	return out
}

func affiliationAfter(rest string) bool {
	return hasAnyPrefix(strings.TrimLeft(rest, " "), corporateTitles...)
}

// jobFieldRE: a job title and a dash or "of" right before a phrase, which
// is then the job's field (Director - AI/ML Business Strategy).
var jobFieldRE = regexp.MustCompile(`\b(?:Director|Manager|Head|Lead|VP|Vice President|Chief|Officer|Specialist|Advisor|Adviser)\s?(?:[-–—:,]\s?|of\s)(?:[A-Z][A-Za-z]*/)?$`)

// clauseThe reports whether "the" inside a Latin phrase follows no
// preposition (Integrates the Office): names put "the" after of, for, on …
func clauseThe(p string) bool {
	ws := strings.Fields(p)
	for i := 1; i < len(ws); i++ {
		if ws[i] == "the" && !slicesContains([]string{"of", "for", "on", "in", "to", "by", "at", "and"}, ws[i-1]) {
			return true
		}
	}
	return false
}

// euActNumberRE: the number of an EU act right after its title.
var euActNumberRE = regexp.MustCompile(`\A\s?[（(](?:EU|EC|EEC|EU, Euratom)[)）]\s?(?:No\.?\s?)?[0-9]{2,4}/[0-9]{1,4}`)

func latinNames(text string) []Mention {
	var out []Mention
	for _, loc := range latinPhraseRE.allSubmatchIndex(text) {
		s := text[loc[0]:loc[1]]
		s = strings.TrimRight(s, ".-")
		start := loc[0]
		for _, art := range []string{"The ", "the "} {
			if strings.HasPrefix(s, art) {
				s, start = s[len(art):], start+len(art)
			}
		}
		// two names joined (the Global Digital Compact and the Pact for the
		// Future) are two names
		for _, part := range splitKeep(s, " and the ") {
			ps := start + part[0]
			p := s[part[0]:part[1]]
			// Freedom Online Conference in The Hague: the place a meeting is
			// held in is no part of its name (a statement on shutdowns in
			// Iran keeps its subject)
			if i := strings.Index(p, " in "); i > 0 {
				if t, _ := englishType(p[:i]); t == graph.Meeting {
					p = p[:i]
				}
			}
			if clauseThe(p) {
				continue // Microsoft 365 Integrates the Office: a headline, no name
			}
			// Director - AI/ML Business Strategy: the field of a job title
			if jobFieldRE.MatchString(text[max(0, ps-40):ps]) {
				continue
			}
			t, kind := englishType(p)
			if t == "" && affiliationAfter(text[ps+len(p):]) {
				t, kind = graph.Organization, "organization"
			}
			if t == "" || len(strings.Fields(p)) < 2 || badLatinStart[strings.Fields(p)[0]] || genericOfThe.MatchString(p) {
				continue
			}
			// Commission Delegated Regulation（EU）2022/30: an EU act's
			// number belongs to its name
			if t == graph.Statement {
				if n := euActNumberRE.FindStringIndex(text[ps+len(p):]); n != nil {
					p = text[ps : ps+len(p)+n[1]]
				}
			}
			out = append(out, Mention{Start: ps, End: ps + len(p), Surface: p, Type: t, Kind: kind, Source: Pattern, Name: p})
		}
	}
	return out
}

// splitKeep returns the [start,end) offsets of the parts of s around sep.
func splitKeep(s, sep string) [][2]int {
	var out [][2]int
	at := 0
	for {
		i := strings.Index(s[at:], sep)
		if i < 0 {
			return append(out, [2]int{at, len(s)})
		}
		out = append(out, [2]int{at, at + i})
		at += i + len(sep)
	}
}

// anaphora: 我國/本國 (the document's country), 本部 (its author), 該指引/該份
// 指引/此份指引 (the statement last named), 雙方 (the two parties last named).
var anaphoraWords = []struct {
	w, ref string
	typ    graph.EntityType
}{
	{"我國", "country", graph.Country}, {"本國", "country", graph.Country}, {"我方", "country", graph.Country},
	{"本部", "author", graph.Agency},
	{"該份指引", "statement", graph.Statement}, {"此份指引", "statement", graph.Statement}, {"該指引", "statement", graph.Statement},
	{"該宣言", "statement", graph.Statement}, {"該聲明", "statement", graph.Statement}, {"該框架", "statement", graph.Statement},
	{"該協議", "statement", graph.Statement}, {"該備忘錄", "statement", graph.Statement}, {"該法案", "statement", graph.Statement},
	{"雙方", "parties", ""},
}

func anaphora(text string) []Mention {
	var out []Mention
	for _, a := range anaphoraWords {
		for i := 0; ; {
			j := strings.Index(text[i:], a.w)
			if j < 0 {
				break
			}
			s := i + j
			i = s + len(a.w)
			out = append(out, Mention{Start: s, End: i, Surface: a.w, Type: a.typ, Source: Anaphora, Ref: a.ref})
		}
	}
	return out
}

// lists returns the clauses holding an enumeration A、B(、C)…: from the
// delimiter before the first 、 to the one after the last, stepping over an
// abbreviation in parentheses (中興通訊（ZTE）等機構). A scan for 、, not a
// regexp: enumerations are rare and the text is long.
func lists(text string) [][2]int {
	const open, stop = "，。；：:\n（(「」", "，。；：:\n（）()「」"
	var out [][2]int
	for i := 0; ; {
		k := strings.Index(text[i:], "、")
		if k < 0 {
			break
		}
		at := i + k
		s := strings.LastIndexAny(text[:at], open) + 1
		// 包含微軟(Microsoft)、…: an English name in parentheses inside the
		// first item is no delimiter
		for s > 1 && (text[s-1] == '(' || strings.HasSuffix(text[:s], "（")) && strings.ContainsAny(text[s:at], ")）") && isASCIIAlnum(firstRune(text[s:])) {
			s = strings.LastIndexAny(text[:s-1], open) + 1
		}
		for s < at && !utf8.RuneStart(text[s]) {
			s++
		}
		e := at
		for {
			j := strings.IndexAny(text[e:], stop)
			if j < 0 {
				e = len(text)
				break
			}
			e += j
			r, size := utf8.DecodeRuneInString(text[e:])
			if r == '（' || r == '(' {
				// (ZTE) inside the last item: step over a short Latin aside
				c := strings.IndexAny(text[e:min(len(text), e+40)], "）)")
				if c > 0 && isASCIIAlnum(firstRune(text[e+size:])) {
					e += c + 1
					for e < len(text) && !utf8.RuneStart(text[e]) {
						e++
					}
					continue
				}
			}
			break
		}
		out = append(out, [2]int{s, e})
		i = e
		if i >= len(text) {
			break
		}
	}
	return out
}

// orgClassNouns follow "等" after a list of companies and bodies, or
// precede a parenthesised list of them.
var orgClassNouns = []string{"業者", "企業", "公司", "機構", "單位", "平臺", "平台", "廠商", "新創", "講者", "組織", "夥伴", "公協會", "協會", "公會", "團體", "法人"}

// classTailRE: 等/共, a count with a measure word, then a short phrase
// ending in the class noun (captured), without punctuation.
var classTailRE = regexp.MustCompile(`\A(?:等|共)\s?(?:[0-9０-９]+|多|數|[一二三四五六七八九十]+)?\s?(?:家|個)?\s?([^、，。；：:\n（）()]{0,8}?(?:業者|企業|公司|機構|單位|平臺|平台|廠商|新創|組織|夥伴|縣市政府|地方政府|政府|機關|部會))`)

// firmCountRE: 等多家 / 等 4 家 — 家 counts firms.
var firmCountRE = regexp.MustCompile(`\A等\s?(?:[0-9]+|多|數|幾)\s?家`)

// govClassNouns name a list of governments or their bodies (5 個地方政府
// （花蓮縣、臺北市…）, 桃園、高雄、臺南與臺東共 4 縣市政府).
var govClassNouns = []string{"縣市政府", "地方政府", "政府", "機關", "部會"}

// listOrgs types the unknown members of an enumeration of companies and
// bodies (ESRI、Blackshark.ai、Orbital Insight 等多家…業者; 隴華電子、愛爾康、
// 台亞衛星及中華電信等 4 家業者) as organisations, and of local
// governments as agencies: the list says what they are. A city named as a
// government (高雄 in …共 4 縣市政府) becomes the agency.
func listOrgs(text string, known []Mention) []Mention {
	var out []Mention
	for _, loc := range lists(text) {
		s, e := loc[0], loc[1]
		// the list ends at the first 等 or 共 after its first 、 (a clause may
		// hold a second list: A、B 等多家分析衛星影像、地理空間資料…等業者)
		firstSep := strings.Index(text[s:e], "、") + s + len("、")
		for _, w := range []string{"等", "共"} {
			if k := strings.Index(text[firstSep:e], w); k >= 0 {
				e = firstSep + k
			}
		}
		after := strings.TrimLeft(text[e:min(len(text), e+40)], " ")
		before := strings.TrimRight(text[max(0, s-30):s], " ")
		var typ graph.EntityType
		// 等 4 家業者, 等多家分析衛星影像…業者, 共 4 縣市政府: a count with a
		// measure word for bodies (家 個) then the class noun
		classAfter := func(nouns []string) bool {
			m := classTailRE.FindStringSubmatch(after)
			if m == nil || strings.Contains(m[1], "相關") || strings.Contains(m[1], "專家") || strings.Contains(m[1], "服務") || strings.Contains(m[1], "領域") {
				return false // 等相關專家及權責部會, 等政府服務: not a list of bodies
			}
			for _, w := range nouns {
				if strings.HasSuffix(m[1], w) {
					return true
				}
			}
			return false
		}
		classBefore := func(nouns []string) bool {
			b, ok := strings.CutSuffix(before, "（")
			if !ok {
				b, ok = strings.CutSuffix(before, "(")
			}
			if !ok {
				return false
			}
			b = strings.TrimRight(b, " ")
			for _, w := range nouns {
				if strings.HasSuffix(b, w) {
					return true
				}
			}
			return false
		}
		switch {
		case classAfter(govClassNouns) || classBefore(govClassNouns):
			typ = graph.Agency
		case classAfter(orgClassNouns) || classBefore(orgClassNouns) || firmCountRE.MatchString(after):
			typ = graph.Organization
		default:
			continue
		}
		items := splitItems(text, s, e)
		if !anchoredList(text, items, known, typ) {
			continue
		}
		for _, it := range items {
			if typ == graph.Agency {
				// 成功媒合桃園: the government's name starts at its city
				for _, m := range known {
					if m.Kind == "city" && m.Start > it[0] && m.End <= it[1] {
						it[0] = m.Start
						break
					}
				}
			}
			it[1] = it[0] + len(strings.TrimRight(text[it[0]:it[1]], ")）"))
			if overlapsKnown(known, it[0], it[1], typ == graph.Agency) {
				continue
			}
			name := text[it[0]:it[1]]
			if !plausibleOrgName(name) {
				continue
			}
			kind := "company"
			if typ == graph.Agency {
				kind = "local government"
			}
			out = append(out, Mention{Start: it[0], End: it[1], Surface: name, Type: typ, Kind: kind, Source: Pattern, NameZh: zhOnly(name), Name: latinOnly(name)})
		}
	}
	return out
}

// anchoredList reports whether a list is one of bodies, not of sectors or
// topics (金融、軍工及醫療等 10 家大型機構): one member is a known body or
// a Latin brand; for governments, one member is a city or ends in 縣/市.
func anchoredList(text string, items [][2]int, known []Mention, typ graph.EntityType) bool {
	for _, it := range items {
		name := text[it[0]:it[1]]
		if typ == graph.Agency {
			if hasAnySuffix(name, "縣", "市") {
				return true
			}
			for _, m := range known {
				if m.Kind == "city" && m.Start == it[0] && m.End == it[1] {
					return true // 桃園、高雄、臺南與臺東共 4 縣市政府
				}
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(name); r < utf8.RuneSelf && !hasHan(name) {
			return true
		}
		for _, m := range known {
			if m.Start >= it[0] && m.End <= it[1] && m.Kind != "city" && (m.Type == graph.Organization || m.Type == graph.Agency) {
				return true
			}
		}
	}
	return false
}

// overlapsKnown reports whether [s,e) overlaps a mention; cities do not
// count when the list names governments.
func overlapsKnown(ms []Mention, s, e int, citiesFree bool) bool {
	for _, m := range ms {
		// Google Korea: a known company's name starting a longer one
		if m.Type == graph.Organization && m.Start == s && m.End < e {
			continue
		}
		if m.Start < e && s < m.End && !(citiesFree && m.Kind == "city" && m.Start >= s && m.End <= e) {
			return true
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// splitItems cuts the list text[s:e] at 、 and a final 及/與/和, trims each
// item, grows the first one leftwards only over name characters, and drops
// an abbreviation in parentheses at the end of an item.
func splitItems(text string, s, e int) [][2]int {
	var items [][2]int
	start := s
	for i := s; i <= e; {
		if i == e || strings.HasPrefix(text[i:], "、") {
			items = append(items, [2]int{start, i})
			if i == e {
				break
			}
			i += len("、")
			start = i
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	// the last item may hold two: X 及 Y
	if n := len(items); n > 0 {
		last := items[n-1]
		for _, j := range []string{"及", "與", "和", "以及"} {
			if k := strings.Index(text[last[0]:last[1]], j); k > 0 {
				items[n-1] = [2]int{last[0], last[0] + k}
				items = append(items, [2]int{last[0] + k + len(j), last[1]})
				break
			}
		}
	}
	out := items[:0]
	for i, it := range items {
		a, b := it[0], it[1]
		if k := strings.IndexAny(text[a:b], "（("); k > 0 {
			b = a + k
		}
		if i == 0 {
			// the first item starts after the verb or phrase before it
			a = growLeft(text, b, a)
			if k := strings.LastIndex(text[a:b], " 與 "); k >= 0 {
				a += k + len(" 與 ")
			}
		}
		for a < b && (text[a] == ' ' || text[a] == '*') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '*') {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

func overlapsAny(ms []Mention, s, e int) bool {
	for _, m := range ms {
		if m.Start < e && s < m.End {
			return true
		}
	}
	return false
}

// plausibleOrgName: a short Latin brand (two to four capitalised words or a
// one-word brand) or a short Han name, not a phrase.
func plausibleOrgName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 24 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') || len(strings.Fields(s)) > 4 || hasHan(s) {
			return false
		}
		return true
	}
	if !unicode.Is(unicode.Han, r) || n > 8 || strings.ContainsAny(s, "的之等其各") || endsWithStop(s) {
		return false
	}
	for _, w := range stopWords {
		if len(w) > 3 && strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func zhOnly(s string) string {
	if hasHan(s) {
		return s
	}
	return ""
}

func latinOnly(s string) string {
	if hasHan(s) {
		return ""
	}
	return s
}

func hasAnySuffix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
