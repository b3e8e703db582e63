package relate

import (
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/mention"
	"github.com/policygraph/policygraph/loader/segment"
)

// m names an entity in a test sentence: the surface, its type and id. The
// surface is looked up in the sentence (the nth occurrence when given).
type m struct {
	surface string
	typ     graph.EntityType
	id      string
	nth     int
}

// build places the mentions in the sentence by their surfaces.
func build(t *testing.T, text string, ms []m) []mention.Mention {
	t.Helper()
	var out []mention.Mention
	for _, x := range ms {
		off := 0
		i := -1
		for k := 0; k <= x.nth; k++ {
			j := strings.Index(text[off:], x.surface)
			if j < 0 {
				t.Fatalf("surface %q (occurrence %d) not in %q", x.surface, x.nth, text)
			}
			i = off + j
			off = i + len(x.surface)
		}
		mm := mention.Mention{Start: i, End: i + len(x.surface), Surface: x.surface, Type: x.typ, EntityID: x.id}
		if x.surface == "雙方" || x.surface == "各方" {
			mm.Ref = "parties" // as loader/mention marks them
		}
		out = append(out, mm)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

func key(f Fact) string { return string(f.Type) + " " + f.From + " -> " + f.To }

func TestFacts(t *testing.T) {
	const (
		jp    = "country:JP"
		us    = "country:US"
		de    = "country:DE"
		kr    = "country:KR"
		be    = "country:BE"
		tw    = "country:TW"
		sbom  = "statement:sbom-shared-vision"
		telwg = "meeting:apec-telwg-70"
	)
	cases := []struct {
		name    string
		text    string
		kind    segment.Kind
		ms      []m
		ctx     Context
		want    []string // facts that must be found
		notWant []string // facts that must not be
	}{
		{
			name: "signers before the verb, statement named by anaphora after it",
			text: "於2025年9月3日,由日本內閣官房網路安全統括室為首,偕同經濟產業省共同代表日本簽署了該份指引",
			ms: []m{{"日本內閣官房網路安全統括室", graph.Agency, "agency:jp-nco", 0}, {"經濟產業省", graph.Agency, "agency:jp-meti", 0},
				{"日本", graph.Country, jp, 1}, {"該份指引", graph.Statement, sbom, 0}},
			want: []string{"SIGNED agency:jp-nco -> " + sbom, "SIGNED agency:jp-meti -> " + sbom, "SIGNED country:JP -> " + sbom},
		},
		{
			name: "enumeration distribution to the statement of the context",
			text: "包含日本在內,尚有美國、德國等共計15個國家的網路安全部門,皆同步完成簽署。",
			ms:   []m{{"日本", graph.Country, jp, 0}, {"美國", graph.Country, us, 0}, {"德國", graph.Country, de, 0}},
			ctx:  Context{LastStatement: sbom},
			want: []string{"SIGNED country:JP -> " + sbom, "SIGNED country:US -> " + sbom, "SIGNED country:DE -> " + sbom},
		},
		{
			name:    "a wish to sign is no signature",
			text:    "為推動 IoT 資通安全，我國未來應積極推動簽署國際 MRA，透過降低業者法遵成本",
			ms:      []m{{"我國", graph.Country, tw, 0}, {"MRA", graph.Statement, "statement:mra", 0}},
			notWant: []string{"SIGNED country:TW -> statement:mra"},
		},
		{
			name: "economies that attended the meeting in focus; the ones that did not send delegates are left out",
			text: "共有澳洲、日本、韓國及我國等 15 個經濟體代表出席，智利、香港等 6 個經濟體未派員參加。",
			ms: []m{{"澳洲", graph.Country, "country:AU", 0}, {"日本", graph.Country, jp, 0}, {"韓國", graph.Country, kr, 0}, {"我國", graph.Country, tw, 0},
				{"智利", graph.Country, "country:CL", 0}, {"香港", graph.Country, "country:HK", 0}},
			ctx:     Context{Focus: telwg, MainMeeting: telwg},
			want:    []string{"ATTENDED country:AU -> " + telwg, "ATTENDED country:TW -> " + telwg, "ATTENDED country:KR -> " + telwg},
			notWant: []string{"ATTENDED country:CL -> " + telwg, "ATTENDED country:HK -> " + telwg},
		},
		{
			name: "meeting held in a country, with its date",
			text: "歐美貿易與技術理事會(EU-U.S. Trade and Technology Council,TTC) 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明",
			ms: []m{{"歐美貿易與技術理事會", graph.Organization, "organization:ttc", 0}, {"比利時", graph.Country, be, 0},
				{"第6屆部長會議", graph.Meeting, "meeting:ttc-6", 0}, {"聯合聲明", graph.Statement, "statement:ttc-6-js", 0}},
			want: []string{"HELD_IN meeting:ttc-6 -> country:BE", "HOSTED organization:ttc -> meeting:ttc-6"},
		},
		{
			name: "host and issuer of one sentence: coordinated verbs share the subject",
			text: "日本內閣府於2023年5月26日召開第2次「AI戰略會議」(AI戦略会議),並公布「AI相關論點之初步整理」(AIに関する暫定的な論点整理)",
			ms: []m{{"日本內閣府", graph.Agency, "agency:jp-cao", 0}, {"日本", graph.Country, jp, 0}, {"第2次「AI戰略會議」", graph.Meeting, "meeting:ai-council-2", 0},
				{"「AI相關論點之初步整理」", graph.Statement, "statement:ai-issues", 0}},
			want:    []string{"HOSTED agency:jp-cao -> meeting:ai-council-2", "ISSUED agency:jp-cao -> statement:ai-issues", "PART_OF agency:jp-cao -> country:JP"},
			notWant: []string{"ISSUED meeting:ai-council-2 -> statement:ai-issues"},
		},
		{
			name: "established, with the month",
			text: "美國網路安全暨基礎設施安全局(Cybersecurity and Infrastructure Security Agency,以下簡稱CISA)於2021年8月宣布成立聯合網路防禦協作機制(Joint Cyber Defense Collaborative,以下簡稱JCDC)",
			ms: []m{{"美國網路安全暨基礎設施安全局", graph.Agency, "agency:us-cisa", 0}, {"美國", graph.Country, us, 0},
				{"聯合網路防禦協作機制", graph.Agency, "agency:us-jcdc", 0}},
			want: []string{"ESTABLISHED agency:us-cisa -> agency:us-jcdc", "PART_OF agency:us-cisa -> country:US"},
		},
		{
			name: "unit named after its parent",
			text: "本文為「經濟部產業技術司科技專案成果」",
			ms:   []m{{"經濟部產業技術司", graph.Agency, "agency:tw-moea-doit", 0}, {"經濟部", graph.Agency, "agency:tw-moea", 0}},
			want: []string{"PART_OF agency:tw-moea-doit -> agency:tw-moea"},
		},
		{
			name: "observer status is membership",
			text: "我國於 112 年成為 FOC 觀察員，致力於推動多方利害關係人的網路治理模式",
			ms:   []m{{"我國", graph.Country, tw, 0}, {"FOC", graph.Organization, "organization:foc", 0}},
			want: []string{"MEMBER_OF country:TW -> organization:foc"},
		},
		{
			name: "table row of the delegates: role and attendance",
			text: "\t國家通訊傳播委員會\t謝志昌\t科長",
			kind: segment.TableRow,
			ms:   []m{{"國家通訊傳播委員會", graph.Agency, "agency:tw-ncc", 0}, {"謝志昌", graph.Person, "person:hsieh", 0}},
			ctx:  Context{Focus: telwg, MainMeeting: telwg, Attendees: true},
			want: []string{"HOLDS_ROLE person:hsieh -> agency:tw-ncc", "ATTENDED person:hsieh -> " + telwg, "ATTENDED agency:tw-ncc -> " + telwg},
		},
		{
			name: "a speaker of the section's meeting attends with their ministry and country",
			text: "首先由日本總務省 (MIC) 代表 Yasunari Ueno 簡報，說明日本的政策",
			ms: []m{{"日本總務省", graph.Agency, "agency:jp-mic", 0}, {"日本", graph.Country, jp, 0}, {"Yasunari Ueno", graph.Person, "person:ueno", 0},
				{"日本", graph.Country, jp, 1}},
			ctx: Context{Focus: "meeting:workshop", MainMeeting: telwg},
			want: []string{"ATTENDED person:ueno -> meeting:workshop", "ATTENDED agency:jp-mic -> meeting:workshop",
				"ATTENDED country:JP -> meeting:workshop", "HOLDS_ROLE person:ueno -> agency:jp-mic"},
		},
		{
			name:    "partners of a cooperation, not the inviter's guests",
			text:    "JCDC將與自願參與的夥伴合作、協商,包括州、地方政府",
			ms:      []m{{"JCDC", graph.Agency, "agency:us-jcdc", 0}},
			notWant: []string{"PARTNERS_WITH agency:us-jcdc -> agency:us-jcdc"},
		},
		{
			name: "partners named after 與 and a partner word",
			text: "另於 114 年 11 月，本部與 3 家人才媒合平臺（1111 人力銀行、Yourator、Cake）簽署 MOU，後續將進行合作",
			ms: []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"1111 人力銀行", graph.Organization, "organization:1111", 0},
				{"Yourator", graph.Organization, "organization:yourator", 0}, {"Cake", graph.Organization, "organization:cake", 0}},
			want:    []string{"PARTNERS_WITH agency:tw-moda -> organization:1111", "PARTNERS_WITH agency:tw-moda -> organization:cake"},
			notWant: []string{"SIGNED agency:tw-moda -> organization:cake"},
		},
		{
			name: "partners enumerated before 等 and a class noun, the partner word further on",
			text: "Microsoft 與 ESRI、Blackshark.ai、Orbital Insight 等多家分析衛星影像、地理空間資料及地球觀測等業者合作",
			ms: []m{{"Microsoft", graph.Organization, "organization:microsoft", 0}, {"ESRI", graph.Organization, "organization:esri", 0},
				{"Blackshark.ai", graph.Organization, "organization:blackshark-ai", 0}, {"Orbital Insight", graph.Organization, "organization:orbital-insight", 0}},
			want: []string{"PARTNERS_WITH organization:microsoft -> organization:esri", "PARTNERS_WITH organization:microsoft -> organization:orbital-insight"},
		},
		{
			name: "the second 與 of 分別與 A 及與 B shares the first one's subject",
			text: "韓國 IoT 安全認證相當成熟，已於 2024 年分別與新加坡網路安全局 (CSA) 及與德國聯邦資訊安全局 (BSI) 簽署相互承認協議 (MRA)",
			ms: []m{{"韓國", graph.Country, "country:KR", 0}, {"新加坡網路安全局", graph.Agency, "agency:sg-csa", 0}, {"CSA", graph.Agency, "agency:sg-csa", 0},
				{"德國聯邦資訊安全局", graph.Agency, "agency:de-bsi", 0}, {"BSI", graph.Agency, "agency:de-bsi", 0}},
			notWant: []string{"PARTNERS_WITH agency:sg-csa -> agency:de-bsi"},
		},
		{
			name: "the author of a report cooperates with the agencies it names after 偕同",
			text: "114 年偕同金管會、環境部、經濟部等跨部會協力推動新增「企業永續」",
			ms:   []m{{"金管會", graph.Agency, "agency:tw-fsc", 0}, {"環境部", graph.Agency, "agency:tw-moenv", 0}, {"經濟部", graph.Agency, "agency:tw-moea", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"PARTNERS_WITH agency:tw-moda -> agency:tw-fsc", "PARTNERS_WITH agency:tw-moda -> agency:tw-moea"},
		},
		{
			name: "a meeting held in a city: the places table gives its country",
			text: "並計畫派員參與明年 2 月於臺北舉辦的 RightsCon2025 活動",
			ms:   []m{{"RightsCon2025 活動", graph.Meeting, "meeting:rightscon-2025", 0}},
			want: []string{"HELD_IN meeting:rightscon-2025 -> country:TW"},
		},
		{
			name: "a meeting named before the city it is held in",
			text: "於 114 年成功爭取國際數位人權全球大會 Rights Con 2025 於臺北舉辦",
			ms:   []m{{"國際數位人權全球大會 Rights Con 2025", graph.Meeting, "meeting:rightscon-2025", 0}},
			want: []string{"HELD_IN meeting:rightscon-2025 -> country:TW"},
		},
		{
			name: "another actor's phrase after the meeting does not take its place",
			text: "數位發展部前部長唐鳳一同出席 Chain Reaction 與工研院簽署的合作備忘錄簽署儀式，此外，Chain Reaction 的技術長 Oren Yokev 於 2023 年 9 月在臺北進行 PETs 的技術演講",
			ms: []m{{"唐鳳", graph.Person, "person:audrey-tang", 0}, {"Chain Reaction", graph.Organization, "organization:chain-reaction", 0}, {"工研院", graph.Organization, "organization:itri", 0},
				{"合作備忘錄簽署儀式", graph.Meeting, "meeting:mou-ceremony", 0}, {"Chain Reaction", graph.Organization, "organization:chain-reaction", 1}, {"Oren Yokev", graph.Person, "person:oren-yokev", 0}},
			want:    []string{"ATTENDED person:audrey-tang -> meeting:mou-ceremony"},
			notWant: []string{"HELD_IN meeting:mou-ceremony -> country:TW"},
		},
		{
			name: "a venue named after its country places the evening there",
			text: "出席聯合國外太空辦公室 9 月 21 日於美國自然歷史博物館舉行之晚會",
			ms:   []m{{"聯合國外太空辦公室", graph.Organization, "organization:unoosa", 0}, {"美國自然歷史博物館", graph.Organization, "organization:amnh", 0}, {"美國", graph.Country, "country:US", 0}},
			ctx:  Context{Focus: "meeting:night", MainMeeting: "meeting:night"},
			want: []string{"HELD_IN meeting:night -> country:US"},
		},
		{
			name: "an English meeting name followed by its city and country",
			text: "the FOC was established at the inaugural Freedom Online Conference in The Hague, the Netherlands, December 2011",
			ms:   []m{{"FOC", graph.Organization, "organization:foc", 0}, {"Freedom Online Conference", graph.Meeting, "meeting:foc-2011", 0}, {"Netherlands", graph.Country, "country:NL", 0}},
			want: []string{"HELD_IN meeting:foc-2011 -> country:NL"},
		},
		{
			name: "a city in the meeting's name",
			text: "2024 年，韓國在數位與 AI 政策上持續深化布局，主辦「AI 首爾高峰會」",
			ms:   []m{{"韓國", graph.Country, "country:KR", 0}, {"「AI 首爾高峰會」", graph.Meeting, "meeting:ai-seoul-summit", 0}},
			want: []string{"HELD_IN meeting:ai-seoul-summit -> country:KR", "HOSTED country:KR -> meeting:ai-seoul-summit"},
		},
		{
			name: "a place line with a US street address",
			text: "(二) 地點：Microsoft Building 5 (15765 NE 36th St, Redmond, WA 98052)",
			ms:   []m{{"Microsoft", graph.Organization, "organization:microsoft", 0}},
			ctx:  Context{Focus: "meeting:ms-visit", MainMeeting: "meeting:trip"},
			want: []string{"HELD_IN meeting:ms-visit -> country:US"},
		},
		{
			name: "the author works on what its report says it pushes forward",
			text: "因應國際低軌衛星通訊技術快速發展，本部自 115 年起推動下一代政府衛星專網落地介接的先期研究",
			ms:   []m{{"低軌衛星", graph.Technology, "technology:leo-satellite", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}, {"衛星", graph.Technology, "technology:satellite-communications", 1}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ADDRESSES agency:tw-moda -> technology:satellite-communications"},
		},
		{
			name:    "a company the sentence speaks of is not the author",
			text:    "公司專注於開發區塊鏈及隱私增強技術(PETs)，其在數據隱私與加密技術領域具有領先技術",
			ms:      []m{{"區塊鏈", graph.Technology, "technology:blockchain", 0}, {"隱私增強技術", graph.Technology, "technology:pets", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"ADDRESSES agency:tw-moda -> technology:blockchain", "ADDRESSES agency:tw-moda -> technology:pets"},
		},
		{
			name:    "a forum the author speaks at does not work on the author's topics",
			text:    "114 年度於 DESG 提案並分享我國推動數位發展現況、打詐、推動隱私強化技術計畫進程",
			ms:      []m{{"DESG", graph.Organization, "organization:apec-desg", 0}, {"我國", graph.Country, "country:TW", 0}, {"隱私強化技術", graph.Technology, "technology:pets", 0}},
			notWant: []string{"ADDRESSES organization:apec-desg -> technology:pets"},
		},
		{
			name: "a body with its English name and abbreviation in brackets, then title and person",
			text: "韓國國家資訊社會機構（NIA）資深研究員 Dr. Jaeho Lee，介紹韓國自主研發的 KOREN 國家網路測試平臺。",
			ms: []m{{"韓國國家資訊社會機構", graph.Agency, "agency:kr-nia", 0}, {"韓國", graph.Country, kr, 0}, {"NIA", graph.Agency, "agency:kr-nia", 0},
				{"Jaeho Lee", graph.Person, "person:jaeho-lee", 0}},
			ctx:  Context{Focus: "meeting:workshop"},
			want: []string{"HOLDS_ROLE person:jaeho-lee -> agency:kr-nia", "ATTENDED person:jaeho-lee -> meeting:workshop", "ATTENDED agency:kr-nia -> meeting:workshop"},
		},
		{
			name: "a title with 與 inside it",
			text: "ICANN 亞洲區政府與國際組織事務總監 Angela Wibawa 以「ICANN 與 WSIS+20 的相關性」為題進行簡報",
			ms:   []m{{"ICANN", graph.Organization, "organization:icann", 0}, {"Angela Wibawa", graph.Person, "person:angela-wibawa", 0}},
			want: []string{"HOLDS_ROLE person:angela-wibawa -> organization:icann"},
		},
		{
			name: "two titles joined by 與: the person holds both",
			text: "接著，Tech Global Institute 執行長與 FOC 諮詢網絡成員 Sabhanaz Rashid Diya 回應主持人提問",
			ms: []m{{"Tech Global Institute", graph.Organization, "organization:tgi", 0}, {"FOC 諮詢網絡", graph.Organization, "organization:foc-an", 0},
				{"Sabhanaz Rashid Diya", graph.Person, "person:diya", 0}},
			want: []string{"HOLDS_ROLE person:diya -> organization:tgi", "HOLDS_ROLE person:diya -> organization:foc-an"},
		},
		{
			name:    "an inviter is not the invitee's employer",
			text:    "聯合國外太空辦公室和 Google 亦邀請黃部長參與聯合國大會期間的交流活動",
			ms:      []m{{"聯合國外太空辦公室", graph.Organization, "organization:unoosa", 0}, {"Google", graph.Organization, "organization:google", 0}, {"黃部長", graph.Person, "person:huang", 0}},
			notWant: []string{"HOLDS_ROLE person:huang -> organization:google"},
		},
		{
			name: "the thanked one hosts, not the thanker",
			text: "分組會議召集人我國國家資通安全研究院王家宜主任首先感謝韓國主辦 TELWG 70，歡迎各經濟體代表參加本次會議",
			ms: []m{{"我國", graph.Country, tw, 0}, {"國家資通安全研究院", graph.Agency, "agency:tw-nics", 0}, {"王家宜", graph.Person, "person:wang", 0},
				{"韓國", graph.Country, kr, 0}, {"TELWG 70", graph.Meeting, telwg, 0}},
			want:    []string{"HOSTED country:KR -> " + telwg},
			notWant: []string{"HOSTED country:TW -> " + telwg, "HOSTED agency:tw-nics -> " + telwg},
		},
		{
			name: "a chair's agency hosts the session, the chair's working group does not",
			text: "由 STSG 分組召集人我國國家資通安全研究院王家宜主任主持，國家資通安全研究院陳怡安研究員擔任我國經濟體代表",
			ms: []m{{"STSG", graph.Organization, "organization:stsg", 0}, {"我國", graph.Country, tw, 0}, {"國家資通安全研究院", graph.Agency, "agency:tw-nics", 0},
				{"王家宜", graph.Person, "person:wang", 0}},
			ctx:     Context{Focus: "meeting:stsg-70"},
			want:    []string{"HOSTED agency:tw-nics -> meeting:stsg-70", "ATTENDED person:wang -> meeting:stsg-70"},
			notWant: []string{"HOSTED organization:stsg -> meeting:stsg-70"},
		},
		{
			name: "a national body named without its country in a sentence about one country",
			text: "巴布亞紐幾內亞近年積極推動 ICT 產業成長與數位轉型，由資訊與通信技術部（Ministry of ICT）負責政策規劃",
			ms: []m{{"巴布亞紐幾內亞", graph.Country, "country:PG", 0}, {"資訊與通信技術部", graph.Agency, "agency:pg-ict", 0},
				{"Ministry of ICT", graph.Agency, "agency:pg-ict", 0}},
			want: []string{"PART_OF agency:pg-ict -> country:PG"},
		},
		{
			name: "a partner's agency is not the topic country's",
			text: "韓國 IoT 安全認證相當成熟，已於 2024 年分別與新加坡網路安全局 (CSA) 及與德國聯邦資訊安全局 (BSI) 簽署相互承認協議",
			ms: []m{{"韓國", graph.Country, kr, 0}, {"新加坡網路安全局", graph.Agency, "agency:sg-csa", 0}, {"CSA", graph.Agency, "agency:sg-csa", 0},
				{"德國聯邦資訊安全局", graph.Agency, "agency:de-bsi", 0}, {"BSI", graph.Agency, "agency:de-bsi", 0}},
			notWant: []string{"PART_OF agency:sg-csa -> country:KR", "PART_OF agency:de-bsi -> country:KR"},
		},
		{
			name: "the body after 之 is the one joined, the one before it qualifies it",
			text: "本部於 114 年度持續參與亞太經濟合作 (Asia-Pacific Economic Cooperation, APEC) 之數位經濟指導小組 (Digital Economy Steering Group, DESG)",
			ms: []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"亞太經濟合作", graph.Organization, "organization:apec", 0},
				{"Asia-Pacific Economic Cooperation", graph.Organization, "organization:apec", 0}, {"APEC", graph.Organization, "organization:apec", 0},
				{"數位經濟指導小組", graph.Organization, "organization:apec-desg", 0}, {"DESG", graph.Organization, "organization:apec-desg", 0}},
			want:    []string{"MEMBER_OF agency:tw-moda -> organization:apec-desg"},
			notWant: []string{"MEMBER_OF agency:tw-moda -> organization:apec"},
		},
		{
			name: "a name in the bracketed aside of another (regression: crossing bounds)",
			text: "數位發展部數位國際司（時稱：民主網絡司） 錢慕賢專門委員",
			ms: []m{{"數位發展部數位國際司", graph.Agency, "agency:tw-moda-dit", 0}, {"民主網絡司", graph.Agency, "agency:tw-moda-dnd", 0},
				{"錢慕賢", graph.Person, "person:chien", 0}},
			want: []string{"HOLDS_ROLE person:chien -> agency:tw-moda-dnd"},
		},
		{
			name:    "a minister speaks for the country, not as the ministry's delegate",
			text:    "荷蘭外交部長 Caspar Veldkamp 開幕致詞強調 AI 具有推動經濟成長的潛力",
			ms:      []m{{"荷蘭外交部", graph.Agency, "agency:nl-mfa", 0}, {"荷蘭", graph.Country, "country:NL", 0}, {"Caspar Veldkamp", graph.Person, "person:veldkamp", 0}},
			ctx:     Context{Focus: "meeting:foc-2024"},
			want:    []string{"ATTENDED person:veldkamp -> meeting:foc-2024", "ATTENDED country:NL -> meeting:foc-2024"},
			notWant: []string{"ATTENDED agency:nl-mfa -> meeting:foc-2024"},
		},
		{
			name:    "a group's convener reports on the group's own meeting",
			text:    "DPSG 召集人分享本次會議共有 12 個經濟體出席",
			ms:      []m{{"DPSG", graph.Organization, "organization:dpsg", 0}},
			ctx:     Context{Focus: "meeting:dpsg-70"},
			notWant: []string{"ATTENDED organization:dpsg -> meeting:dpsg-70"},
		},
		{
			name: "an evening that gathers the guests it lists",
			text: "晚會匯聚來自全球的重要決策者和專業人士，包括奧地利總統 Alexander Van der Bellen、瑞典副總理 Ebba Busch",
			ms: []m{{"奧地利", graph.Country, "country:AT", 0}, {"Alexander Van der Bellen", graph.Person, "person:vdb", 0},
				{"瑞典", graph.Country, "country:SE", 0}, {"Ebba Busch", graph.Person, "person:busch", 0}},
			ctx:  Context{Focus: "meeting:night"},
			want: []string{"ATTENDED person:vdb -> meeting:night", "ATTENDED country:SE -> meeting:night"},
		},
		{
			name: "co-organisers of the evening the sentence refers back to",
			text: "該晚會亦由亞馬遜網路服務公司 (Amazon Web Services) 及國際理解商業委員會 (Business Council for International Understanding) 協辦，活動議程如附件一。",
			ms: []m{{"亞馬遜網路服務公司", graph.Organization, "organization:aws", 0}, {"Amazon Web Services", graph.Organization, "organization:aws", 0},
				{"國際理解商業委員會", graph.Organization, "organization:bciu", 0}, {"Business Council for International Understanding", graph.Organization, "organization:bciu", 0}},
			ctx:  Context{Focus: "meeting:night"},
			want: []string{"HOSTED organization:aws -> meeting:night", "HOSTED organization:bciu -> meeting:night"},
		},
		{
			name: "English passive host of this event",
			text: "This event, organised by the Netherlands as the 2024 Chair of the Freedom Online Coalition, will address AI governance.",
			ms:   []m{{"Netherlands", graph.Country, "country:NL", 0}, {"Freedom Online Coalition", graph.Organization, "organization:foc", 0}},
			ctx:  Context{Focus: "meeting:foc-2024"},
			want: []string{"HOSTED country:NL -> meeting:foc-2024"},
		},
		{
			name: "a sentence announcing the list of a meeting's outcomes says what the meeting covered",
			text: "未來雙方將針對AI、半導體、量子技術和6G無線通訊系統等制定互通機制及標準,簡述如下:",
			ms: []m{{"雙方", graph.Organization, "organization:eu", 0}, {"AI", graph.Technology, "technology:ai", 0},
				{"半導體", graph.Technology, "technology:semiconductors", 0}, {"量子技術", graph.Technology, "technology:quantum", 0},
				{"6G無線通訊系統", graph.Technology, "technology:6g", 0}},
			ctx: Context{Focus: "meeting:ttc-6", MainMeeting: "meeting:ttc-6"},
			want: []string{"ADDRESSES meeting:ttc-6 -> technology:ai", "ADDRESSES meeting:ttc-6 -> technology:semiconductors",
				"ADDRESSES meeting:ttc-6 -> technology:quantum", "ADDRESSES meeting:ttc-6 -> technology:6g"},
			notWant: []string{"ADDRESSES organization:eu -> technology:quantum"},
		},
		{
			name:    "without announcing a list, the parties' joint plans are neither the meeting's topic nor a field of each party",
			text:    "未來雙方將針對AI、半導體、量子技術和6G無線通訊系統等制定互通機制及標準。",
			ms:      []m{{"雙方", graph.Organization, "organization:eu", 0}, {"量子技術", graph.Technology, "technology:quantum", 0}},
			ctx:     Context{Focus: "meeting:ttc-6", MainMeeting: "meeting:ttc-6"},
			notWant: []string{"ADDRESSES meeting:ttc-6 -> technology:quantum", "ADDRESSES organization:eu -> technology:quantum"},
		},
		{
			name: "a visit is hosted by the body visited",
			text: "一、拜會微軟總部",
			ms:   []m{{"拜會微軟總部", graph.Meeting, "meeting:ms-visit", 0}, {"微軟", graph.Organization, "organization:microsoft", 0}},
			want: []string{"HOSTED organization:microsoft -> meeting:ms-visit"},
		},
		{
			name:    "the countries of a purpose phrase do not host; the author does",
			text:    "為協助我國國防及關鍵產業接軌美國網路安全成熟度模型認證資安規範，114 年透過 3 月及 9 月辦理的臺美交流會議，建立與美方政策溝通機制",
			ms:      []m{{"我國", graph.Country, tw, 0}, {"美國", graph.Country, us, 0}, {"臺美交流會議", graph.Meeting, "meeting:tw-us", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			want:    []string{"HOSTED agency:tw-moda -> meeting:tw-us"},
			notWant: []string{"HOSTED country:TW -> meeting:tw-us", "HOSTED country:US -> meeting:tw-us"},
		},
		{
			name: "what a session's speakers present is what the session is about",
			text: "韓國代表說明其 IoT 安全認證、資通安全人才庫、零信任與軟體供應鏈安全以及人工智慧安全之推動進展",
			ms: []m{{"韓國", graph.Country, kr, 0}, {"IoT", graph.Technology, "technology:iot", 0}, {"零信任", graph.Technology, "technology:zero-trust", 0},
				{"軟體供應鏈安全", graph.Technology, "technology:sscs", 0}},
			ctx:  Context{Focus: "meeting:stsg-70", MainMeeting: telwg},
			want: []string{"ADDRESSES meeting:stsg-70 -> technology:zero-trust", "ADDRESSES meeting:stsg-70 -> technology:sscs"},
		},
		{
			name: "a company that presents a technology works on it",
			text: "首先是中國行動通信業者中國移動報告 5G 推動狀況，目前已建置大量基地臺",
			ms:   []m{{"中國", graph.Country, "country:CN", 0}, {"中國移動", graph.Organization, "organization:china-mobile", 0}, {"5G", graph.Technology, "technology:5g", 0}},
			want: []string{"ADDRESSES organization:china-mobile -> technology:5g"},
		},
		{
			name: "a verb whose own phrase names its subject takes none from the phrases before",
			text: "由日本數位廳、總務省、經濟產業省共同會晤G7會員國代表，G7全體會員國共同訂定《廣島AI進程》",
			ms: []m{{"日本數位廳", graph.Agency, "agency:jp-da", 0}, {"總務省", graph.Agency, "agency:jp-mic", 0}, {"經濟產業省", graph.Agency, "agency:jp-meti", 0},
				{"G7", graph.Organization, "organization:g7", 0}, {"G7", graph.Organization, "organization:g7", 1}, {"《廣島AI進程》", graph.Statement, "statement:hap", 0}},
			want:    []string{"ISSUED organization:g7 -> statement:hap"},
			notWant: []string{"ISSUED agency:jp-da -> statement:hap", "ISSUED agency:jp-meti -> statement:hap"},
		},
		{
			name: "the one asked does the work; those it works with neither issue nor are its units",
			text: "其附帶決議請行政院科技政委督導本部會同國科會、教育部和衛福部及其他相關機關，於本法三讀通過後 3 個月內，完成「兒少影響評估」",
			ms: []m{{"行政院", graph.Agency, "agency:tw-ey", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}, {"國科會", graph.Agency, "agency:tw-nstc", 0},
				{"教育部", graph.Agency, "agency:tw-moe", 0}, {"衛福部", graph.Agency, "agency:tw-mohw", 0}, {"「兒少影響評估」", graph.Statement, "statement:child", 0}},
			want:    []string{"ISSUED agency:tw-moda -> statement:child"},
			notWant: []string{"ISSUED agency:tw-ey -> statement:child", "ISSUED agency:tw-nstc -> statement:child", "PART_OF agency:tw-nstc -> agency:tw-moda"},
		},
		{
			name:    "a country after a verb phrase is not the partner of 與",
			text:    "115 年賡續透過 APEC 數位及 AI 部長會議等場域，與各國分享我國數位科技發展策略，並吸引區域夥伴推動合作",
			ms:      []m{{"APEC", graph.Organization, "organization:apec", 0}, {"我國", graph.Country, tw, 0}},
			notWant: []string{"PARTNERS_WITH organization:apec -> country:TW"},
		},
		{
			name:    "a belief is no partnership",
			text:    "我相信政府與微軟之間的合作將會促成突破性成果",
			ms:      []m{{"微軟", graph.Organization, "organization:microsoft", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"PARTNERS_WITH agency:tw-moda -> organization:microsoft"},
		},
		{
			name:    "a technology of an earlier phrase is not the statement's topic",
			text:    "為配合數位與 AI 經濟發展趨勢，菲律賓亦推動「數位技能框架 (Digital Skills Framework)」",
			ms:      []m{{"AI", graph.Technology, "technology:ai", 0}, {"菲律賓", graph.Country, "country:PH", 0}, {"「數位技能框架 (Digital Skills Framework)」", graph.Statement, "statement:ph-dsf", 0}},
			want:    []string{"ISSUED country:PH -> statement:ph-dsf"},
			notWant: []string{"ADDRESSES statement:ph-dsf -> technology:ai"},
		},
		{
			name: "the body under which a unit is set up is a place, not the founder",
			text: "日本內閣府於2024年2月14日公布，於經濟產業省政策執行機關—獨立行政法人資訊處理推動機構（獨立行政法人情報処理推進機構，下稱IPA）轄下設立日本AI安全研究所（Japan AI Safety Institute，下稱AISI）",
			ms: []m{{"日本內閣府", graph.Agency, "agency:jp-cao", 0}, {"經濟產業省", graph.Agency, "agency:jp-meti", 0}, {"獨立行政法人資訊處理推動機構", graph.Agency, "agency:jp-ipa", 0},
				{"IPA", graph.Agency, "agency:jp-ipa", 0}, {"日本AI安全研究所", graph.Agency, "agency:jp-aisi", 0}},
			want:    []string{"ESTABLISHED agency:jp-cao -> agency:jp-aisi"},
			notWant: []string{"ESTABLISHED agency:jp-ipa -> agency:jp-aisi"},
		},
		{
			name: "the setting up a country reports",
			text: "最後，韓國簡介該國 AI 框架法與 AI 安全研究院的設立外，也提案推動關於年長者數位包容政策",
			ms:   []m{{"韓國", graph.Country, kr, 0}, {"AI 框架法", graph.Statement, "statement:kr-ai-act", 0}, {"AI 安全研究院", graph.Agency, "agency:kr-aisi", 0}},
			want: []string{"ESTABLISHED country:KR -> agency:kr-aisi"},
		},
		{
			name:    "English passive: what was established is not its founder",
			text:    "FOC Advisory Network (FOC-AN) was established in 2018 to enhance the Coalition's multistakeholder engagement",
			ms:      []m{{"FOC Advisory Network", graph.Organization, "organization:foc-an", 0}, {"FOC", graph.Organization, "organization:foc", 0}},
			notWant: []string{"ESTABLISHED organization:foc-an -> organization:foc"},
		},
		{
			name: "a speaker with two titles attends with both bodies",
			text: "最後，Digital Rights Foundation 執行長與 HLAB-AI 成員 Nighat Dad 提到自己不僅是 HLAB-AI 成員",
			ms: []m{{"Digital Rights Foundation", graph.Organization, "organization:drf", 0}, {"HLAB-AI", graph.Organization, "organization:hlab-ai", 0},
				{"Nighat Dad", graph.Person, "person:nighat-dad", 0}},
			ctx:  Context{Focus: "meeting:foc-2024"},
			want: []string{"ATTENDED person:nighat-dad -> meeting:foc-2024", "ATTENDED organization:drf -> meeting:foc-2024", "HOLDS_ROLE person:nighat-dad -> organization:drf"},
		},
		{
			name:    "bodies met with (與各國…部長) are company, not signers",
			text:    "114 年 10 月持續參與在愛沙尼亞塔林舉辦之部長級會議，與各國數位發展部長及外交部長，就數位時代之治理趨勢等重要議題進行交流，並共同聯署包含《人工智慧與人權聯合聲明》",
			ms:      []m{{"愛沙尼亞", graph.Country, "country:EE", 0}, {"部長級會議", graph.Meeting, "meeting:foc-2025", 0}, {"《人工智慧與人權聯合聲明》", graph.Statement, "statement:ai-hr", 0}},
			want:    []string{"HELD_IN meeting:foc-2025 -> country:EE"},
			notWant: []string{"SIGNED agency:tw-moda -> statement:ai-hr", "SIGNED agency:tw-mofa -> statement:ai-hr"},
		},
		{
			name: "a company active in a technology's field",
			text: "而微軟在生成式 AI 領導地位，可以為未來的合作提供巨大潛力",
			ms:   []m{{"微軟", graph.Organization, "organization:microsoft", 0}, {"生成式 AI", graph.Technology, "technology:generative-ai", 0}},
			want: []string{"ADDRESSES organization:microsoft -> technology:generative-ai"},
		},
		{
			name: "串接 links the paragraph's body with a partner",
			text: "規劃串接美國 UL Solutions，就 UL 3115 AI 驗證方案展開合作",
			ms:   []m{{"美國", graph.Country, us, 0}, {"UL Solutions", graph.Organization, "organization:ul", 0}},
			ctx:  Context{Topic: "agency:tw-aiec", Author: "agency:tw-moda"},
			want: []string{"PARTNERS_WITH agency:tw-aiec -> organization:ul"},
		},
		{
			name: "a statement the sentence opens with is what the author issued",
			text: "「公部門人工智慧應用參考手冊(草案)」已於 114 年底完成一年試辦，已於 115 年第一季函頒正式版",
			ms:   []m{{"公部門人工智慧應用參考手冊(草案)", graph.Statement, "statement:handbook", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ISSUED agency:tw-moda -> statement:handbook"},
		},
		{
			name: "a plan the author carries out",
			text: "打造淨零數位典範，114 年賡續辦理綠色數位服務規劃及推廣計畫，扣合政策",
			ms:   []m{{"綠色數位服務規劃及推廣計畫", graph.Statement, "statement:green", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ISSUED agency:tw-moda -> statement:green"},
		},
		{
			name: "a speaker introduced by where they come from",
			text: "接續由來自 Tech For Good Institute 的執行董事 Ming Tan 分享東協地區的政策經驗與產業潛力",
			ms:   []m{{"Tech For Good Institute", graph.Organization, "organization:tfgi", 0}, {"Ming Tan", graph.Person, "person:ming-tan", 0}},
			ctx:  Context{Focus: "meeting:ws"},
			want: []string{"ATTENDED person:ming-tan -> meeting:ws", "ATTENDED organization:tfgi -> meeting:ws", "HOLDS_ROLE person:ming-tan -> organization:tfgi"},
		},
		{
			name: "a technology the text calls a topic of this meeting",
			text: "IoT 資通安全標章為本次會議中重點討論議題之一，多個經濟體分享推動經驗",
			ms:   []m{{"IoT", graph.Technology, "technology:iot", 0}},
			ctx:  Context{Focus: telwg, MainMeeting: telwg},
			want: []string{"ADDRESSES " + telwg + " -> technology:iot"},
		},
		{
			name: "a technology named right after a statement's name is its topic",
			text: "資安議題部分，美國說明歐盟即將於 2025 年 8 月施行的《無線設備指令》（RED）資安要求及 2027 年預計上路的《資安韌性法案》（CRA）",
			ms: []m{{"資安", graph.Technology, "technology:cybersecurity", 0}, {"美國", graph.Country, us, 0}, {"歐盟", graph.Organization, "organization:eu", 0},
				{"無線設備指令", graph.Statement, "statement:red", 0}, {"RED", graph.Statement, "statement:red", 0}, {"資安", graph.Technology, "technology:cybersecurity", 1},
				{"資安韌性法案", graph.Statement, "statement:cra", 0}},
			want: []string{"ADDRESSES statement:red -> technology:cybersecurity"},
		},
		{
			name: "a technology named before a statement, or a list item after it, is not the statement's topic",
			text: "本部核心任務為建立「AI 公務人才認定指引」、導入多元算力資源，第二項計畫是 AI 安全保障試驗計畫，旨在建立全球性 AI 安全保障標準",
			ms: []m{{"AI 公務人才認定指引", graph.Statement, "statement:ai-talent", 0}, {"算力", graph.Technology, "technology:compute", 0},
				{"AI 安全", graph.Technology, "technology:ai-safety", 0}, {"試驗計畫", graph.Statement, "statement:pilot", 0}},
			notWant: []string{"ADDRESSES statement:ai-talent -> technology:compute", "ADDRESSES statement:pilot -> technology:ai-safety"},
		},
		{
			name: "本次研討會係由 X 主辦: the body hosts the meeting in focus",
			text: "本次研討會係由韓國科學技術資訊通信部（Ministry of Science and ICT）主辦，並由主任 Ms. Kyungmi Park 致開幕詞",
			ms: []m{{"韓國科學技術資訊通信部", graph.Agency, "agency:kr-msit", 0}, {"Ministry of Science and ICT", graph.Agency, "agency:kr-msit", 0},
				{"Kyungmi Park", graph.Person, "person:kyungmi-park", 0}},
			ctx:  Context{Focus: "meeting:resilience", MainMeeting: telwg},
			want: []string{"HOSTED agency:kr-msit -> meeting:resilience"},
		},
		{
			name: "English: a body issuing statements, such as A and B, issues each",
			text: "To draw attention to egregious violations of human rights in specific regions, the FOC also issues country-specific statements, such as the Joint Statement on Internet Shutdowns in Iran (2022), and the Joint Statement on Freedom of Expression Online (2021).",
			ms: []m{{"FOC", graph.Organization, "organization:foc", 0}, {"Joint Statement on Internet Shutdowns in Iran", graph.Statement, "statement:iran", 0},
				{"Iran", graph.Country, "country:IR", 0}, {"Joint Statement on Freedom of Expression Online", graph.Statement, "statement:foe", 0}},
			want:    []string{"ISSUED organization:foc -> statement:iran", "ISSUED organization:foc -> statement:foe"},
			notWant: []string{"ISSUED country:IR -> statement:foe"},
		},
		{
			name:    "English: a body that only refers to statements, such as A, does not issue them",
			text:    "The FOC works with partners on thematic topics, such as the Joint Statement on Internet Shutdowns in Iran (2022).",
			ms:      []m{{"FOC", graph.Organization, "organization:foc", 0}, {"Joint Statement on Internet Shutdowns in Iran", graph.Statement, "statement:iran", 0}},
			notWant: []string{"ISSUED organization:foc -> statement:iran"},
		},
		{
			name: "a body that operates a centre has it as its unit",
			text: "我國國家資通安全研究院營運的 TWCERT/CC 為 APCERT 的一員，持續積極參與相關演練、培訓",
			ms: []m{{"我國", graph.Country, tw, 0}, {"國家資通安全研究院", graph.Agency, "agency:tw-nics", 0},
				{"TWCERT/CC", graph.Agency, "agency:twcert", 0}, {"APCERT", graph.Organization, "organization:apcert", 0}},
			want:    []string{"PART_OF agency:twcert -> agency:tw-nics"},
			notWant: []string{"PART_OF organization:apcert -> agency:tw-nics"},
		},
		{
			name:    "a body named in a phrase with 維運 that runs no named unit has none",
			text:    "本部透過推動漏洞獵捕制度，協助產業將資安納入產品研發與維運流程，並促進臺灣資安研究能量",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moda", 0}},
			notWant: []string{"PART_OF agency:tw-moda -> agency:tw-moda"},
		},
		{
			name:    "a country the paragraph is about hosts what its sentence without a subject holds, not the report's author",
			text:    "今年 10 月，將首次在非洲舉辦「國際普遍訊息獲取日」（International Day for Universal Access to Information, IDUAI），進一步強化其對透明度的承諾",
			ms:      []m{{"國際普遍訊息獲取日", graph.Meeting, "meeting:iduai", 0}, {"International Day for Universal Access to Information", graph.Meeting, "meeting:iduai", 0}, {"IDUAI", graph.Meeting, "meeting:iduai", 0}},
			ctx:     Context{Author: "agency:tw-moda", Country: tw, Topic: "country:GH"},
			want:    []string{"HOSTED country:GH -> meeting:iduai"},
			notWant: []string{"HOSTED agency:tw-moda -> meeting:iduai"},
		},
		{
			name:    "a body the paragraph is about does not host by topic alone",
			text:    "將於 2026 年舉辦 TELMIN 11",
			ms:      []m{{"TELMIN 11", graph.Meeting, "meeting:telmin-11", 0}},
			ctx:     Context{Topic: "organization:apec"},
			notWant: []string{"HOSTED organization:apec -> meeting:telmin-11"},
		},
		{
			name: "X 歡迎 A、B、C 的合作: the welcomer works with each",
			text: "第四項則為基於專案合作，G7 歡迎 OECD、全球 AI 夥伴（Global Partnership on AI, GPAI）、聯合國教育、科學及文化組織（UNESCO）的合作",
			ms: []m{{"G7", graph.Organization, "organization:g7", 0}, {"OECD", graph.Organization, "organization:oecd", 0},
				{"全球 AI 夥伴", graph.Organization, "organization:gpai", 0}, {"Global Partnership on AI", graph.Organization, "organization:gpai", 0}, {"GPAI", graph.Organization, "organization:gpai", 0},
				{"聯合國教育、科學及文化組織", graph.Organization, "organization:unesco", 0}, {"UNESCO", graph.Organization, "organization:unesco", 0}},
			want: []string{"PARTNERS_WITH organization:g7 -> organization:oecd", "PARTNERS_WITH organization:g7 -> organization:gpai", "PARTNERS_WITH organization:g7 -> organization:unesco"},
		},
		{
			name:    "a welcome without cooperation is no partnership",
			text:    "王家宜主任首先感謝韓國主辦 TELWG 70，G7 歡迎 OECD 的報告",
			ms:      []m{{"韓國", graph.Country, kr, 0}, {"G7", graph.Organization, "organization:g7", 0}, {"OECD", graph.Organization, "organization:oecd", 0}},
			notWant: []string{"PARTNERS_WITH organization:g7 -> organization:oecd"},
		},
		{
			name: "a company that takes another's service into use works with it",
			text: "台亞衛星並續於 115 年 1 月啟用 Eutelsat 衛星服務",
			ms:   []m{{"台亞衛星", graph.Organization, "organization:asia-pacific-satellite", 0}, {"Eutelsat", graph.Organization, "organization:eutelsat", 0}},
			want: []string{"PARTNERS_WITH organization:asia-pacific-satellite -> organization:eutelsat"},
		},
		{
			name:    "a country that takes a service into use is no company partner",
			text:    "日本於 2025 年啟用 Starlink 直連手機服務",
			ms:      []m{{"日本", graph.Country, jp, 0}, {"Starlink", graph.Organization, "organization:starlink", 0}},
			notWant: []string{"PARTNERS_WITH country:JP -> organization:starlink"},
		},
		{
			name: "雙方 standing for a union and a country: neither addresses the joint plan's topics",
			text: "量子技術:雙方將成立量子工作小組(Quantum Task Force),以制定統一量子技術標準,加速技術研發。",
			ms: []m{{"量子技術", graph.Technology, "technology:quantum", 0}, {"雙方", graph.Organization, "organization:eu", 0}, {"雙方", graph.Country, us, 0},
				{"量子工作小組", graph.Organization, "organization:qtf", 0}, {"Quantum Task Force", graph.Organization, "organization:qtf", 0}, {"量子技術", graph.Technology, "technology:quantum", 1}},
			want:    []string{"ESTABLISHED organization:eu -> organization:qtf"},
			notWant: []string{"ADDRESSES organization:eu -> technology:quantum", "ADDRESSES country:US -> technology:quantum"},
		},
		{
			name: "公告，分別為《X》: the comma goes on to name what was issued",
			text: "三項平行適用技術標準已由歐洲電工標準化委員會（CENELEC）於 113 年 8 月公告，分別為《射頻設備通用安全規範》之第 EN 18031-1",
			ms: []m{{"歐洲電工標準化委員會", graph.Organization, "organization:cenelec", 0}, {"CENELEC", graph.Organization, "organization:cenelec", 0},
				{"射頻設備通用安全規範", graph.Statement, "statement:radio", 0}},
			want: []string{"ISSUED organization:cenelec -> statement:radio"},
		},
		{
			name:    "a comma that goes on to other matters names no object",
			text:    "歐洲電工標準化委員會（CENELEC）於 113 年 8 月公告，並說明《射頻設備通用安全規範》之適用",
			ms:      []m{{"歐洲電工標準化委員會", graph.Organization, "organization:cenelec", 0}, {"CENELEC", graph.Organization, "organization:cenelec", 0}, {"射頻設備通用安全規範", graph.Statement, "statement:radio", 0}},
			notWant: []string{"ISSUED organization:cenelec -> statement:radio"},
		},
		{
			name: "a person after a group's chair title and their bodies holds a role in the group",
			text: "由 STSG 分組召集人我國國家資通安全研究院王家宜主任主持",
			ms: []m{{"STSG", graph.Organization, "organization:stsg", 0}, {"我國", graph.Country, tw, 0},
				{"國家資通安全研究院", graph.Agency, "agency:tw-nics", 0}, {"王家宜", graph.Person, "person:wang", 0}},
			want: []string{"HOLDS_ROLE person:wang -> organization:stsg"},
		},
		{
			name:    "a chair named after a comma is not the group's officer",
			text:    "DPSG 召集人分享本次 DPSG 會議共有 12 個經濟體出席，韓國代表 Jung Eun Park 說明",
			ms:      []m{{"DPSG", graph.Organization, "organization:dpsg", 0}, {"DPSG", graph.Organization, "organization:dpsg", 1}, {"韓國", graph.Country, kr, 0}, {"Jung Eun Park", graph.Person, "person:park", 0}},
			notWant: []string{"HOLDS_ROLE person:park -> organization:dpsg"},
		},
		{
			name: "a meeting said in the next phrase to focus on technologies addresses them",
			text: "並計劃舉辦 TELMIN 12 (電信部長級會議)，擬聚焦於數位發展與 AI 等關鍵議題",
			ms:   []m{{"TELMIN 12", graph.Meeting, "meeting:telmin-12", 0}, {"AI", graph.Technology, "technology:ai", 0}},
			want: []string{"ADDRESSES meeting:telmin-12 -> technology:ai"},
		},
		{
			name:    "technologies a phrase later than the focus phrase are not the meeting's",
			text:    "並計劃舉辦 TELMIN 12，擬聚焦於數位發展議題，另推動 AI 應用",
			ms:      []m{{"TELMIN 12", graph.Meeting, "meeting:telmin-12", 0}, {"AI", graph.Technology, "technology:ai", 0}},
			notWant: []string{"ADDRESSES meeting:telmin-12 -> technology:ai"},
		},
		{
			name: "the thanked ones host 這場重要的討論, the meeting in focus",
			text: "接著，哥倫比亞資訊科技與通訊部長 Mauricio Lizcano 致詞時感謝荷蘭和 FOC 舉辦這場重要的討論，探討 AI 與人權。",
			ms: []m{{"哥倫比亞", graph.Country, "country:CO", 0}, {"Mauricio Lizcano", graph.Person, "person:lizcano", 0},
				{"荷蘭", graph.Country, "country:NL", 0}, {"FOC", graph.Organization, "organization:foc", 0}},
			ctx:     Context{Focus: "meeting:foc-2024"},
			want:    []string{"HOSTED country:NL -> meeting:foc-2024", "HOSTED organization:foc -> meeting:foc-2024"},
			notWant: []string{"HOSTED country:CO -> meeting:foc-2024"},
		},
		{
			name: "與 X 共同推動 a meeting: the partner co-hosts it",
			text: "115 年將與歐盟共同推動臺歐盟數位經濟對話 (Taiwan-EU Dialogue on Digital Economy, DDE)",
			ms: []m{{"歐盟", graph.Organization, "organization:eu", 0}, {"臺歐盟數位經濟對話", graph.Meeting, "meeting:dde", 0},
				{"Taiwan-EU Dialogue on Digital Economy", graph.Meeting, "meeting:dde", 0}, {"DDE", graph.Meeting, "meeting:dde", 0}},
			want: []string{"HOSTED organization:eu -> meeting:dde"},
		},
		{
			name:    "共同推動 a programme is no hosting",
			text:    "與歐盟共同推動「數位轉型計畫」",
			ms:      []m{{"歐盟", graph.Organization, "organization:eu", 0}, {"數位轉型計畫", graph.Statement, "statement:dt", 0}},
			notWant: []string{"HOSTED organization:eu -> statement:dt"},
		},
		{
			name: "a body's own quoted event is one it holds",
			text: "除配合國防部「產業化圓桌會議」的國防資安需求外，亦同步鼓勵具備潛力的業者提案",
			ms:   []m{{"國防部", graph.Agency, "agency:tw-mnd", 0}, {"產業化圓桌會議", graph.Meeting, "meeting:roundtable", 0}},
			want: []string{"HOSTED agency:tw-mnd -> meeting:roundtable"},
		},
		{
			name:    "the last of a list of bodies before a quoted event does not hold it alone",
			text:    "我國與美國「物聯網資通安全標章圓桌會議」",
			ms:      []m{{"我國", graph.Country, tw, 0}, {"美國", graph.Country, us, 0}, {"物聯網資通安全標章圓桌會議", graph.Meeting, "meeting:iot", 0}},
			notWant: []string{"HOSTED country:US -> meeting:iot"},
		},
		{
			name: "a body preparing (籌備) an event holds it",
			text: "微軟於 2016 年發布人權報告，並積極參加如 RightsCon 等促進科技與人權議題的國際人權社群，目前也正籌備 Responsible AI Workshop",
			ms: []m{{"微軟", graph.Organization, "organization:microsoft", 0}, {"RightsCon", graph.Meeting, "meeting:rightscon", 0},
				{"Responsible AI Workshop", graph.Meeting, "meeting:rai", 0}},
			want:    []string{"HOSTED organization:microsoft -> meeting:rai"},
			notWant: []string{"HOSTED organization:microsoft -> meeting:rightscon"},
		},
		{
			name: "a body that acts at a meeting (X 於「M」中 …) attends it",
			text: "114 年本部於「臺灣資安大會」中打造臺灣資安館，輔導 59 家本土資安廠商展示自主研發的解決方案",
			ms:   []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"臺灣資安大會", graph.Meeting, "meeting:cybersec", 0}, {"臺灣", graph.Country, tw, 1}},
			want: []string{"ATTENDED agency:tw-moda -> meeting:cybersec"},
		},
		{
			name:    "於「M」中 after a statement, or followed by a comma, is not the body's attendance",
			text:    "本部於「臺灣資安大會」中，說明政策",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"臺灣資安大會", graph.Meeting, "meeting:cybersec", 0}},
			notWant: []string{"ATTENDED agency:tw-moda -> meeting:cybersec"},
		},
		{
			name: "speakers enumerated with 、 share the speech verb",
			text: "韓國 Judong Jang 先生以第一副召集人身分、印尼 Umar Wicaksono 先生以第二副召集人身分協助會議進行",
			ms: []m{{"韓國", graph.Country, kr, 0}, {"Judong Jang", graph.Person, "person:jang", 0},
				{"印尼", graph.Country, "country:ID", 0}, {"Umar Wicaksono", graph.Person, "person:umar", 0}},
			ctx:  Context{Focus: "meeting:cisg", MainMeeting: telwg},
			want: []string{"ATTENDED person:jang -> meeting:cisg", "ATTENDED person:umar -> meeting:cisg", "ATTENDED country:ID -> meeting:cisg"},
		},
		{
			name:    "an enumeration of bodies without a speaker before the 、 is no speaker list",
			text:    "感謝韓國、印尼 Umar Wicaksono 先生協助會議進行",
			ms:      []m{{"韓國", graph.Country, kr, 0}, {"印尼", graph.Country, "country:ID", 0}, {"Umar Wicaksono", graph.Person, "person:umar", 0}},
			ctx:     Context{Focus: "meeting:cisg", MainMeeting: telwg},
			notWant: []string{"ATTENDED person:umar -> meeting:cisg", "ATTENDED country:ID -> meeting:cisg"},
		},
		{
			name: "接著是 <body><field> <person> 的演講: the person speaks at the meeting in focus",
			text: "緊接著是北京科技大學工業物聯網 Zhangchao Ma 的演講，分享用於工業之 5G 時間敏感網路技術發展",
			ms: []m{{"北京科技大學", graph.Organization, "organization:ustb", 0}, {"工業物聯網", graph.Technology, "technology:iiot", 0},
				{"Zhangchao Ma", graph.Person, "person:ma", 0}, {"5G", graph.Technology, "technology:5g", 0}},
			ctx:  Context{Focus: "meeting:5g", MainMeeting: telwg},
			want: []string{"ATTENDED person:ma -> meeting:5g"},
		},
		{
			name: "a working group named after its parent's bracketed gloss is part of it",
			text: "持續參與亞太經濟合作 (Asia-Pacific Economic Cooperation, APEC) 之數位經濟指導小組 (Digital Economy Steering Group, DESG)",
			ms: []m{{"亞太經濟合作", graph.Organization, "organization:apec", 0}, {"APEC", graph.Organization, "organization:apec", 0},
				{"數位經濟指導小組", graph.Organization, "organization:desg", 0}, {"DESG", graph.Organization, "organization:desg", 0}},
			want: []string{"PART_OF organization:desg -> organization:apec"},
		},
		{
			name: "a bracket that names another body parts two organizations",
			text: "中國與秘魯強調應推動與國際組織（如 ITU、APT）聯合國系統更全面合作",
			ms: []m{{"中國", graph.Country, "country:CN", 0}, {"秘魯", graph.Country, "country:PE", 0}, {"國際組織", graph.Organization, "organization:io", 0},
				{"ITU", graph.Organization, "organization:itu", 0}, {"APT", graph.Organization, "organization:apt", 0}, {"聯合國系統", graph.Organization, "organization:un-system", 0}},
			notWant: []string{"PART_OF organization:un-system -> organization:io"},
		},
		{
			name:    "a bill submitted to parliament is issued by its government",
			text:    "Ueno 並說明，基於 2025 年 AI 政策檢討結果，日本已向國會提交《AI 技術研發與利用促進法案》，預期建立更完整的 AI 法制與治理機制。",
			ms:      []m{{"日本", graph.Country, jp, 0}, {"國會", graph.Agency, "agency:jp-diet", 0}, {"AI 技術研發與利用促進法案", graph.Statement, "statement:jp-ai-bill", 0}},
			want:    []string{"ISSUED country:JP -> statement:jp-ai-bill"},
			notWant: []string{"ISSUED agency:jp-diet -> statement:jp-ai-bill"},
		},
		{
			name:    "taking part in cooperation, or attending a signing ceremony, is not attending the meeting in focus",
			text:    "最後，黃部長也提到，臺灣一直積極參與國際合作，並與駐臺拉維夫臺北經濟文化辦事處李雅萍處長一同出席 Chain Reaction 與工研院簽署的合作備忘錄簽署儀式",
			ms:      []m{{"臺灣", graph.Country, tw, 0}, {"駐臺拉維夫臺北經濟文化辦事處", graph.Agency, "agency:tw-teco-tlv", 0}, {"李雅萍", graph.Person, "person:li", 0}, {"Chain Reaction", graph.Organization, "organization:chain-reaction", 0}, {"工研院", graph.Organization, "organization:itri", 0}},
			ctx:     Context{Focus: "meeting:visit", MainMeeting: "meeting:visit"},
			notWant: []string{"ATTENDED country:TW -> meeting:visit", "ATTENDED person:li -> meeting:visit", "ATTENDED agency:tw-teco-tlv -> meeting:visit"},
		},
		{
			name: "delegates whose verb ends the phrase attend the meeting in focus",
			text: "中國、泰國及美國等代表參與，聚焦於 5G 應用",
			ms:   []m{{"中國", graph.Country, "country:CN", 0}, {"泰國", graph.Country, "country:TH", 0}, {"美國", graph.Country, us, 0}},
			ctx:  Context{Focus: telwg, MainMeeting: telwg},
			want: []string{"ATTENDED country:TH -> " + telwg, "ATTENDED country:US -> " + telwg},
		},
		{
			name: "the agent of a passive inside a noun phrase does not act in the main clause",
			text: "本部依據 114 年 12 月 23 日經立法院三讀通過之「人工智慧基本法」調修「人工智慧風險分類框架」草案，並擴大徵詢專家與產業意見",
			ms: []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"立法院", graph.Agency, "agency:tw-ly", 0}, {"人工智慧基本法", graph.Statement, "statement:ai-basic-act", 0},
				{"人工智慧風險分類框架", graph.Statement, "statement:ai-risk-framework", 0}},
			want:    []string{"ISSUED agency:tw-moda -> statement:ai-risk-framework"},
			notWant: []string{"ISSUED agency:tw-ly -> statement:ai-risk-framework"},
		},
		{
			name:    "what an unnamed company works on is not what the meeting in focus discussed",
			text:    "公司專注於開發區塊鏈及隱私增強技術(PETs)，其在數據隱私與加密技術領域具有領先技術",
			ms:      []m{{"區塊鏈", graph.Technology, "technology:blockchain", 0}, {"隱私增強技術", graph.Technology, "technology:pets", 0}},
			ctx:     Context{Focus: "meeting:visit", MainMeeting: "meeting:visit"},
			notWant: []string{"ADDRESSES meeting:visit -> technology:blockchain", "ADDRESSES meeting:visit -> technology:pets"},
		},
		{
			name: "a place written as state, city and English gloss before the verb",
			text: "美國：電信驗證機構會議研討會 (Telecommunication Certification Body Council Workshop, TCB Council Workshop) 於 114 年 4 月 1 日至 3 日在加州聖塔克拉拉 (Santa Clara, California) 舉辦。",
			ms: []m{{"美國", graph.Country, us, 0}, {"電信驗證機構會議研討會", graph.Meeting, "meeting:tcb", 0}, {"TCB Council Workshop", graph.Meeting, "meeting:tcb", 0},
				{"聖塔克拉拉", graph.Country, us, 0}},
			want: []string{"HELD_IN meeting:tcb -> country:US"},
		},
		{
			name: "guests invited 來臺 to a meeting of a Taiwanese text: held in Taiwan",
			text: "已申獲 APEC 專案補助計畫，於 114 年 9 月 12 日辦理隱私強化技術國際研討會，邀請近 12 個經濟體成員來臺，分享各國隱私強化技術應用經驗",
			ms:   []m{{"APEC", graph.Organization, "organization:apec", 0}, {"隱私強化技術國際研討會", graph.Meeting, "meeting:pets-ws", 0}},
			ctx:  Context{Country: tw},
			want: []string{"HELD_IN meeting:pets-ws -> country:TW"},
		},
		{
			name:    "來臺 far from any meeting places nothing",
			text:    "本部舉辦隱私強化技術國際研討會。另外，我們也邀請多國專家於明年來臺交流",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"隱私強化技術國際研討會", graph.Meeting, "meeting:pets-ws", 0}},
			ctx:     Context{Country: tw},
			notWant: []string{"HELD_IN meeting:pets-ws -> country:TW"},
		},
		{
			name:    "與會經濟體 names the attendees as a class; it is no verb",
			text:    "召集人致歡迎詞感謝韓國舉辦 APEC TEL 並邀請各與會經濟體自我介紹，且與會經濟體對於 TELWG 69 次會議之報告無異議通過。",
			ms:      []m{{"韓國", graph.Country, kr, 0}, {"APEC TEL", graph.Organization, "organization:apec-tel", 0}, {"TELWG 69 次會議", graph.Meeting, "meeting:telwg-69", 0}},
			ctx:     Context{Focus: telwg, MainMeeting: telwg},
			notWant: []string{"ATTENDED country:KR -> meeting:telwg-69"},
		},
		{
			name: "a statement's scope in the phrase right after its name (涵蓋…)",
			text: "此外，英國與新加坡共同發布「AI安全評估框架」，涵蓋生成式AI與大型語言模型之測試方法。",
			ms: []m{{"英國", graph.Country, "country:GB", 0}, {"新加坡", graph.Country, "country:SG", 0}, {"AI安全評估框架", graph.Statement, "statement:ai-eval", 0},
				{"生成式AI", graph.Technology, "technology:genai", 0}, {"大型語言模型", graph.Technology, "technology:llm", 0}},
			want: []string{"ADDRESSES statement:ai-eval -> technology:genai", "ADDRESSES statement:ai-eval -> technology:llm"},
		},
		{
			name: "the field of the cooperation an agreement opens (雙方將在…領域)",
			text: "本部於 114 年 5 月 12 日與美國商務部簽署「臺美半導體供應鏈合作備忘錄」，雙方將在先進封裝及化合物半導體領域擴大合作。",
			ms: []m{{"本部", graph.Agency, "agency:tw-moea", 0}, {"美國商務部", graph.Agency, "agency:us-doc", 0}, {"臺美半導體供應鏈合作備忘錄", graph.Statement, "statement:mou", 0},
				{"先進封裝", graph.Technology, "technology:packaging", 0}, {"化合物半導體", graph.Technology, "technology:compound", 0}},
			want: []string{"ADDRESSES statement:mou -> technology:packaging", "ADDRESSES statement:mou -> technology:compound"},
		},
		{
			name:    "a technology in a later phrase with its own actor is not the statement's",
			text:    "本部持續推動「晶片方案」，結合國科會資源，協助國內業者導入生成式 AI 應用。",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moea", 0}, {"晶片方案", graph.Statement, "statement:chip", 0}, {"國科會", graph.Agency, "agency:tw-nstc", 0}, {"生成式 AI", graph.Technology, "technology:genai", 0}},
			notWant: []string{"ADDRESSES statement:chip -> technology:genai"},
		},
		{
			name: "a title and a name on a line of their own sign the author's report",
			text: "部長 林宜敬",
			ms:   []m{{"林宜敬", graph.Person, "person:lin", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"HOLDS_ROLE person:lin -> agency:tw-moda"},
		},
		{
			name:    "a person after other words is no signature",
			text:    "感謝部長 林宜敬",
			ms:      []m{{"林宜敬", graph.Person, "person:lin", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"HOLDS_ROLE person:lin -> agency:tw-moda"},
		},
		{
			name: "a report named after the document's author is the author's",
			text: "數位發展部業務概況報告",
			ms:   []m{{"數位發展部業務概況報告", graph.Statement, "statement:moda-report", 0}, {"數位發展部", graph.Agency, "agency:tw-moda", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ISSUED agency:tw-moda -> statement:moda-report"},
		},
		{
			name: "a meeting adopts what is passed after it convened, its attendees unnamed",
			text: "經濟合作暨發展組織（OECD）則於巴黎召開人工智慧政策論壇，共有38個會員國代表與會，並通過「OECD人工智慧原則」修正案。",
			ms: []m{{"經濟合作暨發展組織", graph.Organization, "organization:oecd", 0}, {"OECD", graph.Organization, "organization:oecd", 0},
				{"人工智慧政策論壇", graph.Meeting, "meeting:ai-forum", 0}, {"OECD人工智慧原則", graph.Statement, "statement:oecd-principles", 0}},
			want: []string{"HOSTED organization:oecd -> meeting:ai-forum", "ISSUED meeting:ai-forum -> statement:oecd-principles"},
		},
		{
			name: "a summit's declaration: 主辦 a summit, 發表 its declaration",
			text: "2024 年，韓國主辦「AI 首爾高峰會」，發表包括「首爾宣言」在內的多項國際聲明",
			ms:   []m{{"韓國", graph.Country, kr, 0}, {"AI 首爾高峰會", graph.Meeting, "meeting:seoul", 0}, {"首爾宣言", graph.Statement, "statement:seoul-decl", 0}},
			want: []string{"HOSTED country:KR -> meeting:seoul", "ISSUED meeting:seoul -> statement:seoul-decl", "ISSUED country:KR -> statement:seoul-decl"},
		},
		{
			name: "the author that opens a clause is the subject of the sentence's later work verbs",
			text: "鑒於大型語言模型 (LLM) 著重於自然語言表達能力，本部規劃優先推動政府機關提供高品質正體中文語料，協同教育部、文化部等機關，共同打造語料庫，支援我國主權 AI 的發展與應用。",
			ms: []m{{"大型語言模型", graph.Technology, "technology:llm", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}, {"教育部", graph.Agency, "agency:tw-moe", 0},
				{"文化部", graph.Agency, "agency:tw-moc", 0}, {"我國", graph.Country, tw, 0}, {"主權 AI", graph.Technology, "technology:sovereign-ai", 0}},
			ctx:     Context{Author: "agency:tw-moda", Country: tw},
			want:    []string{"ADDRESSES agency:tw-moda -> technology:sovereign-ai"},
			notWant: []string{"ADDRESSES agency:tw-moe -> technology:sovereign-ai"},
		},
		{
			name: "以 T 為核心: the implicit author works on T",
			text: "115 年將以綠色軟體為核心，強調軟體永續設計與軟體碳排放計算基礎",
			ms:   []m{{"綠色軟體", graph.Technology, "technology:green-software", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ADDRESSES agency:tw-moda -> technology:green-software"},
		},
		{
			name: "關注 without a named actor in a ministry report: the author",
			text: "關注重點國際組織及先進國家 6G 技術最新進展，掌握頻譜政策",
			ms:   []m{{"6G 技術", graph.Technology, "technology:6g", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"ADDRESSES agency:tw-moda -> technology:6g"},
		},
		{
			name:    "關注 of an unnamed company is not the author's",
			text:    "該公司關注 6G 技術最新進展",
			ms:      []m{{"6G 技術", graph.Technology, "technology:6g", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"ADDRESSES agency:tw-moda -> technology:6g"},
		},
		{
			name:    "a verb that modifies an unnamed noun (提出的人權標準) does not take a later statement",
			text:    "有關科技與基本權利，微軟說明該公司一直致力於維護聯合國提出的人權標準及遵守《一般資料保護規則》(GDPR)，強化資料保護",
			ms:      []m{{"微軟", graph.Organization, "organization:microsoft", 0}, {"聯合國", graph.Organization, "organization:un", 0}, {"一般資料保護規則", graph.Statement, "statement:gdpr", 0}},
			notWant: []string{"ISSUED organization:un -> statement:gdpr"},
		},
		{
			name: "the body right before the verb of a 依據 phrase acts in it",
			text: "依據法務部修正公告《洗錢防制法》第六條規定，本部建立登錄制度",
			ms:   []m{{"法務部", graph.Agency, "agency:tw-moj", 0}, {"洗錢防制法", graph.Statement, "statement:aml-act", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}},
			want: []string{"ISSUED agency:tw-moj -> statement:aml-act"},
		},
		{
			name:    "bodies that speak of cooperation, or say it should happen, are not partners",
			text:    "值得注意的是，巴布亞紐幾內亞與泰國特別提及相關區域合作；中國與秘魯強調應推動與國際組織（如 ITU、APT）更全面合作",
			ms:      []m{{"巴布亞紐幾內亞", graph.Country, "country:PG", 0}, {"泰國", graph.Country, "country:TH", 0}, {"中國", graph.Country, "country:CN", 0}, {"秘魯", graph.Country, "country:PE", 0}, {"ITU", graph.Organization, "organization:itu", 0}, {"APT", graph.Organization, "organization:apt", 0}},
			notWant: []string{"PARTNERS_WITH country:PG -> country:TH", "PARTNERS_WITH country:PE -> organization:itu", "PARTNERS_WITH country:CN -> organization:itu"},
		},
		{
			name: "two bodies that cooperate are partners",
			text: "工研院團隊持續與 Chain Reaction 進行交流合作",
			ms:   []m{{"工研院", graph.Organization, "organization:itri", 0}, {"Chain Reaction", graph.Organization, "organization:chain-reaction", 0}},
			want: []string{"PARTNERS_WITH organization:itri -> organization:chain-reaction"},
		},
		{
			name: "companions of 共同出席 attend the gathering in focus that the mentions miss",
			text: "黃部長應邀於 9 月 23 日上午與駐紐約臺北經濟文化辦事處李志強處長，共同出席自由線上聯盟(Freedom Online Coalition, FOC)部長會議。",
			ms: []m{{"黃部長", graph.Person, "person:huang", 0}, {"駐紐約臺北經濟文化辦事處", graph.Agency, "agency:teco-ny", 0}, {"李志強", graph.Person, "person:li", 0},
				{"自由線上聯盟", graph.Organization, "organization:foc", 0}, {"FOC", graph.Organization, "organization:foc", 0}},
			ctx:  Context{Focus: "meeting:foc-ministerial", MainMeeting: "meeting:unga"},
			want: []string{"ATTENDED person:huang -> meeting:foc-ministerial", "ATTENDED person:li -> meeting:foc-ministerial"},
		},
		{
			name:    "a meeting named after the verb is the one attended, not the one in focus",
			text:    "Chain Reaction 的技術長 Oren Yokev 於 2023 年 9 月在臺北進行技術演講，參與由唐鳳主持的隱私強化技術研討會",
			ms:      []m{{"Chain Reaction", graph.Organization, "organization:cr", 0}, {"Oren Yokev", graph.Person, "person:oren", 0}, {"臺北", graph.Country, tw, 0}, {"唐鳳", graph.Person, "person:tang", 0}, {"隱私強化技術研討會", graph.Meeting, "meeting:pets", 0}},
			ctx:     Context{Focus: "meeting:visit", MainMeeting: "meeting:visit"},
			notWant: []string{"ATTENDED country:TW -> meeting:visit"},
		},
		{
			name: "the author takes part in a meeting written after its place; the place's verb is no host's",
			text: "114 年 10 月持續參與在愛沙尼亞塔林舉辦之部長級會議，與各國代表交流，並共同聯署《人工智慧與人權聯合聲明》",
			ms: []m{{"愛沙尼亞", graph.Country, "country:EE", 0}, {"塔林", graph.Country, "country:EE", 0}, {"部長級會議", graph.Meeting, "meeting:foc-2025", 0},
				{"人工智慧與人權聯合聲明", graph.Statement, "statement:ai-hr", 0}},
			ctx:     Context{Author: "agency:tw-moda", Country: tw},
			want:    []string{"ATTENDED agency:tw-moda -> meeting:foc-2025", "HELD_IN meeting:foc-2025 -> country:EE", "SIGNED country:TW -> statement:ai-hr"},
			notWant: []string{"HOSTED agency:tw-moda -> meeting:foc-2025", "SIGNED agency:tw-moda -> statement:ai-hr", "ATTENDED country:EE -> meeting:foc-2025"},
		},
		{
			name: "a chair named without a body attends the meeting chaired",
			text: "Oren Yokev 於 2023 年 9 月進行技術演講，參與由唐鳳主持的隱私強化技術研討會",
			ms:   []m{{"Oren Yokev", graph.Person, "person:oren", 0}, {"唐鳳", graph.Person, "person:tang", 0}, {"隱私強化技術研討會", graph.Meeting, "meeting:pets", 0}},
			want: []string{"ATTENDED person:tang -> meeting:pets"},
		},
		{
			name: "speakers at the opening of a meeting the sentence named attend it, with no meeting in focus",
			text: "於 114 年成功爭取國際數位人權全球大會 Rights Con 2025 於臺北舉辦，並由主辦單位邀請蕭美琴副總統及行政院鄭麗君副院長於開幕中致詞",
			ms: []m{{"國際數位人權全球大會", graph.Meeting, "meeting:rightscon", 0}, {"Rights Con 2025", graph.Meeting, "meeting:rightscon", 0}, {"臺北", graph.Country, tw, 0},
				{"蕭美琴", graph.Person, "person:hsiao", 0}, {"行政院", graph.Agency, "agency:tw-ey", 0}, {"鄭麗君", graph.Person, "person:cheng", 0}},
			ctx:  Context{Author: "agency:tw-moda", Country: tw},
			want: []string{"ATTENDED person:hsiao -> meeting:rightscon", "ATTENDED person:cheng -> meeting:rightscon"},
		},
		{
			name:    "a person who speaks of a meeting without a part in its programme does not attend it",
			text:    "本部於 114 年辦理隱私強化技術國際研討會，部長林宜敬表示將持續推動",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"隱私強化技術國際研討會", graph.Meeting, "meeting:pets", 0}, {"林宜敬", graph.Person, "person:lin", 0}},
			ctx:     Context{Author: "agency:tw-moda", Country: tw},
			notWant: []string{"ATTENDED person:lin -> meeting:pets"},
		},
		{
			name: "a bilateral agreement named 臺X is signed by Taiwan and X, not by the other party of the shared subject",
			text: "促成 114 年 6 月 30 日臺英雙方簽署臺英促進貿易夥伴關係數位貿易協議及 12 月 4 日簽署「臺日數位貿易協議」",
			ms: []m{{"臺", graph.Country, tw, 0}, {"英", graph.Country, "country:GB", 0}, {"雙方", graph.Country, tw, 0}, {"雙方", graph.Country, "country:GB", 0},
				{"臺英促進貿易夥伴關係數位貿易協議", graph.Statement, "statement:tw-gb", 0}, {"「臺日數位貿易協議」", graph.Statement, "statement:tw-jp", 0}},
			want:    []string{"SIGNED country:TW -> statement:tw-gb", "SIGNED country:GB -> statement:tw-gb", "SIGNED country:TW -> statement:tw-jp", "SIGNED country:JP -> statement:tw-jp"},
			notWant: []string{"SIGNED country:GB -> statement:tw-jp"},
		},
		{
			name:    "agencies that sign a 臺X memorandum sign it; their countries are not added",
			text:    "本部於 114 年 5 月 12 日與美國商務部簽署「臺美半導體供應鏈合作備忘錄」",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moea", 0}, {"美國商務部", graph.Agency, "agency:us-doc", 0}, {"臺美半導體供應鏈合作備忘錄", graph.Statement, "statement:mou", 0}},
			want:    []string{"SIGNED agency:tw-moea -> statement:mou"},
			notWant: []string{"SIGNED country:US -> statement:mou", "SIGNED country:TW -> statement:mou"},
		},
		{
			name: "a country called a signatory of a statement signed it",
			text: "Darsalia 提到 GDC 的通過的重要性，並強調喬治亞是《歐洲理事會人工智慧、人權、民主及法治框架公約》的十個簽署國之一",
			ms:   []m{{"GDC", graph.Statement, "statement:gdc", 0}, {"喬治亞", graph.Country, "country:GE", 0}, {"歐洲理事會人工智慧、人權、民主及法治框架公約", graph.Statement, "statement:coe-ai", 0}},
			want: []string{"SIGNED country:GE -> statement:coe-ai"},
		},
		{
			name: "由 X（English, ABBR）主辦 after the meeting that opens the sentence: X hosts it",
			text: "第4屆東協數位部長會議（ASEAN Digital Ministers' Meeting, ADGMIN）於2024年1月16日至17日在新加坡舉行，由新加坡通訊及新聞部（Ministry of Communications and Information, MCI）主辦，日本等對話夥伴出席。",
			ms: []m{{"第4屆東協數位部長會議", graph.Meeting, "meeting:adgmin", 0}, {"ADGMIN", graph.Meeting, "meeting:adgmin", 0}, {"新加坡", graph.Country, "country:SG", 0},
				{"新加坡通訊及新聞部", graph.Agency, "agency:mci", 0}, {"Ministry of Communications and Information", graph.Agency, "agency:mci", 0}, {"MCI", graph.Agency, "agency:mci", 0}, {"日本", graph.Country, jp, 0}},
			want: []string{"HOSTED agency:mci -> meeting:adgmin", "HELD_IN meeting:adgmin -> country:SG"},
		},
		{
			name: "會議通過…並發表…: the meeting in focus adopts both",
			text: "會議通過「東協人工智慧治理與倫理指引」（ASEAN Guide on AI Governance and Ethics），並發表「新加坡數位部長聯合聲明」。",
			ms: []m{{"東協人工智慧治理與倫理指引", graph.Statement, "statement:asean-ai", 0}, {"東協", graph.Organization, "organization:asean", 0},
				{"新加坡數位部長聯合聲明", graph.Statement, "statement:sg-js", 0}, {"新加坡", graph.Country, "country:SG", 0}, {"數位部", graph.Agency, "agency:tw-moda", 0}},
			ctx:     Context{Focus: "meeting:adgmin", MainMeeting: "meeting:adgmin"},
			want:    []string{"ISSUED meeting:adgmin -> statement:asean-ai", "ISSUED meeting:adgmin -> statement:sg-js"},
			notWant: []string{"PART_OF agency:tw-moda -> country:SG"},
		},
		{
			name: "a verb that describes the next noun (制定…的) does not end the object of the verb before it",
			text: "112 年 1 月加入制定全球網路標準的「全球資訊網協會」(World Wide Web Consortium, W3C) 及國際身分識別標準組織 (Fast IDentity Online Alliance, FIDO)，取得各項標準制定資訊",
			ms: []m{{"全球資訊網協會", graph.Organization, "organization:w3c", 0}, {"World Wide Web Consortium", graph.Organization, "organization:w3c", 0}, {"W3C", graph.Organization, "organization:w3c", 0},
				{"國際身分識別標準組織", graph.Organization, "organization:fido", 0}, {"Fast IDentity Online Alliance", graph.Organization, "organization:fido", 0}, {"FIDO", graph.Organization, "organization:fido", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"MEMBER_OF agency:tw-moda -> organization:w3c", "MEMBER_OF agency:tw-moda -> organization:fido"},
		},
		{
			name: "a (former) role in brackets after a person's name",
			text: "技術長為 Oren Yokev (前以色列情報局技術長)，營運長為呂學怡 (Richard Lu) (前臺積電資深業務總監)",
			ms: []m{{"Oren Yokev", graph.Person, "person:oren", 0}, {"以色列情報局", graph.Agency, "agency:il-intel", 0}, {"呂學怡", graph.Person, "person:lu", 0},
				{"Richard Lu", graph.Person, "person:lu", 0}, {"臺積電", graph.Organization, "organization:tsmc", 0}},
			want: []string{"HOLDS_ROLE person:oren -> agency:il-intel", "HOLDS_ROLE person:lu -> organization:tsmc"},
		},
		{
			name:    "a bracket after other words is no role of the person",
			text:    "由 CISG 第一副召集人韓國 Judong Jang 先生對前（APEC TEL 69）次 CISG 會議報告提供簡要報告說明",
			ms:      []m{{"CISG", graph.Organization, "organization:cisg", 0}, {"韓國", graph.Country, kr, 0}, {"Judong Jang", graph.Person, "person:jang", 0}, {"APEC TEL", graph.Organization, "organization:apec-tel", 0}},
			notWant: []string{"HOLDS_ROLE person:jang -> organization:apec-tel"},
		},
		{
			name:    "a group named as the head of its meeting's name does not attend it",
			text:    "本次 CISG 會議共有 10 個會員經濟體出席，包含我國、汶萊及美國。",
			ms:      []m{{"CISG", graph.Organization, "organization:cisg", 0}, {"我國", graph.Country, tw, 0}, {"汶萊", graph.Country, "country:BN", 0}, {"美國", graph.Country, us, 0}},
			ctx:     Context{Focus: "meeting:cisg", MainMeeting: telwg},
			want:    []string{"ATTENDED country:TW -> meeting:cisg", "ATTENDED country:US -> meeting:cisg"},
			notWant: []string{"ATTENDED organization:cisg -> meeting:cisg"},
		},
		{
			name:    "the bodies listed as partners of a cooperation do not attend the meeting in focus",
			text:    "此外,JCDC將與自願參與的夥伴合作、協商,包括州政府、資訊共享與分析組織,以及微軟、亞馬遜、谷歌等",
			ms:      []m{{"JCDC", graph.Agency, "agency:us-jcdc", 0}, {"資訊共享與分析組織", graph.Agency, "agency:isao", 0}, {"微軟", graph.Organization, "organization:microsoft", 0}, {"谷歌", graph.Organization, "organization:google", 0}},
			ctx:     Context{Focus: "meeting:ttc-6", MainMeeting: "meeting:ttc-6"},
			notWant: []string{"ATTENDED organization:microsoft -> meeting:ttc-6", "ATTENDED agency:isao -> meeting:ttc-6"},
		},
		{
			name: "the bodies listed after a cooperation with a class of partners are partners",
			text: "此外,JCDC將與自願參與的夥伴合作、協商,包括資訊共享與分析組織和中心(ISAOs/ISACs),以及Microsoft、Amazon、google等",
			ms: []m{{"JCDC", graph.Agency, "agency:us-jcdc", 0}, {"資訊共享與分析組織和中心", graph.Agency, "agency:isao", 0}, {"ISAOs/ISACs", graph.Agency, "agency:isao", 0},
				{"Microsoft", graph.Organization, "organization:microsoft", 0}, {"Amazon", graph.Organization, "organization:amazon", 0}, {"google", graph.Organization, "organization:google", 0}},
			want: []string{"PARTNERS_WITH agency:us-jcdc -> organization:microsoft", "PARTNERS_WITH agency:us-jcdc -> organization:google", "PARTNERS_WITH agency:us-jcdc -> agency:isao"},
		},
		{
			name: "the one invited to host hosts",
			text: "世界創新科技與服務聯盟 (WITSA) 肯定我國於 AI 供應鏈中關鍵地位，特邀我國於 114 年 8 月 18 日至 21 日主辦全球首屆「全球 AI 高峰會 (WITSA Global AI Summit)」",
			ms: []m{{"世界創新科技與服務聯盟", graph.Organization, "organization:witsa", 0}, {"WITSA", graph.Organization, "organization:witsa", 0}, {"我國", graph.Country, tw, 0}, {"我國", graph.Country, tw, 1},
				{"全球 AI 高峰會 (WITSA Global AI Summit)", graph.Meeting, "meeting:summit", 0}},
			want:    []string{"HOSTED country:TW -> meeting:summit"},
			notWant: []string{"HOSTED organization:witsa -> meeting:summit"},
		},
		{
			name:    "an invitation in an earlier phrase does not make the thanked one host a session",
			text:    "召集人首先致歡迎詞並邀請所有會員經濟體代表自我介紹，同時感謝韓國主辦本次會議",
			ms:      []m{{"韓國", graph.Country, kr, 0}},
			ctx:     Context{Focus: "meeting:cisg", MainMeeting: telwg},
			notWant: []string{"HOSTED country:KR -> meeting:cisg"},
		},
		{
			name:    "a statement referred to (參考《…》, 依《…》) is not issued by the actor",
			text:    "推動電信資通設備資安防護措施：本部參考《資通安全管理法》相關規定，修正關鍵電信基礎設施資通設備的資通安全檢測技術規範",
			ms:      []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"資通安全管理法", graph.Statement, "statement:csma", 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"ISSUED agency:tw-moda -> statement:csma"},
		},
		{
			name:    "the body that speaks about (針對) a meeting to be held does not host it",
			text:    "韓國科學技術資訊通訊部針對將於 2025 年 8 月舉辦的「APEC 數位與人工智慧部長級會議」提出說明",
			ms:      []m{{"韓國科學技術資訊通訊部", graph.Agency, "agency:kr-msit", 0}, {"APEC 數位與人工智慧部長級會議", graph.Meeting, "meeting:dmm", 0}},
			notWant: []string{"HOSTED agency:kr-msit -> meeting:dmm"},
		},
		{
			name: "the bodies that meet delegates (會晤) at a meeting the sentence named attend it",
			text: "日本於2023年12月1日舉辦G7數位技術委員會（G7デジタル・技術大臣会合），由日本數位廳、總務省、經濟產業省共同會晤G7會員國代表，基於人工智慧可能帶給全球轉變",
			ms: []m{{"日本", graph.Country, jp, 0}, {"G7數位技術委員會", graph.Meeting, "meeting:g7-dtm", 0}, {"G7デジタル・技術大臣会合", graph.Meeting, "meeting:g7-dtm", 0},
				{"日本數位廳", graph.Agency, "agency:jp-digital", 0}, {"總務省", graph.Agency, "agency:jp-mic", 0}, {"經濟產業省", graph.Agency, "agency:jp-meti", 0}},
			ctx:  Context{Focus: "meeting:g7-dtm", MainMeeting: "meeting:g7-dtm"},
			want: []string{"HOSTED country:JP -> meeting:g7-dtm", "ATTENDED agency:jp-digital -> meeting:g7-dtm", "ATTENDED agency:jp-meti -> meeting:g7-dtm"},
		},
		{
			name: "a topic word right after a meeting's phrase says what the meeting is about",
			text: "2024 年 5 月，韓國舉辦 AI 高峰會，聚焦創新、包容性及 AI 安全，並發表「首爾 AI 宣言」",
			ms: []m{{"韓國", graph.Country, kr, 0}, {"AI 高峰會", graph.Meeting, "meeting:seoul", 0}, {"AI 安全", graph.Technology, "technology:ai-safety", 0},
				{"首爾 AI 宣言", graph.Statement, "statement:seoul", 0}},
			want:    []string{"ADDRESSES meeting:seoul -> technology:ai-safety", "HOSTED country:KR -> meeting:seoul"},
			notWant: []string{"ADDRESSES country:KR -> technology:ai-safety"},
		},
		{
			name:    "主辦年/主辦國 are nouns: the body before them hosts nothing in focus",
			text:    "說明韓國於 2025 年擔任 APEC 主辦年所設定的核心主題與政策優先事項",
			ms:      []m{{"韓國", graph.Country, kr, 0}, {"APEC", graph.Organization, "organization:apec", 0}},
			ctx:     Context{Focus: telwg, MainMeeting: telwg},
			notWant: []string{"HOSTED organization:apec -> " + telwg},
		},
		{
			name: "the country that holds the rotating presidency of a summit hosts it",
			text: "日本代表分享 AI 治理發展近程，以及在 2023 年由日本擔任輪值主席的 G7 廣島峰會（G7 Hiroshima Summit）中決議啟動「廣島 AI 程序」",
			ms: []m{{"日本", graph.Country, jp, 0}, {"日本", graph.Country, jp, 1}, {"G7 廣島峰會", graph.Meeting, "meeting:g7-hiroshima", 0}, {"G7 Hiroshima Summit", graph.Meeting, "meeting:g7-hiroshima", 0},
				{"廣島 AI 程序", graph.Statement, "statement:hap", 0}},
			want: []string{"HOSTED country:JP -> meeting:g7-hiroshima"},
		},
		{
			name: "a company described by its fields works on them",
			text: "Chain Reaction 為結合以色列、美國、以及臺灣三地半導體與資安人才新創公司，可與 Chain Reaction 討論引薦數位領域人才來臺",
			ms: []m{{"Chain Reaction", graph.Organization, "organization:cr", 0}, {"以色列", graph.Country, "country:IL", 0}, {"美國", graph.Country, us, 0}, {"臺灣", graph.Country, tw, 0},
				{"半導體", graph.Technology, "technology:semi", 0}, {"資安", graph.Technology, "technology:cyber", 0}, {"Chain Reaction", graph.Organization, "organization:cr", 1}},
			want: []string{"ADDRESSES organization:cr -> technology:semi", "ADDRESSES organization:cr -> technology:cyber"},
		},
		{
			name: "the examples of a kind of company work on its field",
			text: "從而促進與美國雲端大廠（如 AWS、GCP、Azure）的合作機會",
			ms:   []m{{"美國", graph.Country, us, 0}, {"雲端", graph.Technology, "technology:cloud", 0}, {"AWS", graph.Organization, "organization:aws", 0}, {"Azure", graph.Organization, "organization:azure", 0}},
			want: []string{"ADDRESSES organization:aws -> technology:cloud", "ADDRESSES organization:azure -> technology:cloud"},
		},
		{
			name:    "a company whose name is followed by other bodies is not described by the phrase",
			text:    "微軟與中華電信為推動 5G 專網的業者",
			ms:      []m{{"微軟", graph.Organization, "organization:microsoft", 0}, {"中華電信", graph.Organization, "organization:cht", 0}, {"5G 專網", graph.Technology, "technology:5g-private", 0}},
			notWant: []string{"ADDRESSES organization:microsoft -> technology:5g-private"},
		},
		{
			name: "a body that confirms (確認) a statement's principles issues it",
			text: "第二項為 G7 確認「廣島程序國際指導原則」中的 11 項原則應適用於所有 AI 行為者（Actor）",
			ms:   []m{{"G7", graph.Organization, "organization:g7", 0}, {"廣島程序國際指導原則", graph.Statement, "statement:hiroshima-principles", 0}},
			want: []string{"ISSUED organization:g7 -> statement:hiroshima-principles"},
		},
		{
			name: "a speaker's body written after its country attends with the speaker",
			text: "首先由韓國 Global Digital Innovation Network (GDIN) 總監 Sokjin Chang 發表簡報，介紹韓國在推動創新創業方面的政策設計。",
			ms: []m{{"韓國", graph.Country, kr, 0}, {"Global Digital Innovation Network", graph.Organization, "organization:gdin", 0}, {"GDIN", graph.Organization, "organization:gdin", 0},
				{"Sokjin Chang", graph.Person, "person:chang", 0}, {"韓國", graph.Country, kr, 1}},
			ctx:  Context{Focus: "meeting:ws", MainMeeting: telwg},
			want: []string{"ATTENDED person:chang -> meeting:ws", "ATTENDED organization:gdin -> meeting:ws", "HOLDS_ROLE person:chang -> organization:gdin"},
		},
		{
			name: "what the participants of a meeting issue together is the meeting's outcome",
			text: "本部出席「亞太經濟合作 (APEC) 2025 年數位及人工智慧部長會議」，並與韓國科學技術情報通信部等 21 個經濟體部長與代表共同發布 APEC 首份「數位及 AI 部長宣言」",
			ms: []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"亞太經濟合作 (APEC) 2025 年數位及人工智慧部長會議", graph.Meeting, "meeting:dmm", 0},
				{"韓國科學技術情報通信部", graph.Agency, "agency:kr-msit", 0}, {"APEC", graph.Organization, "organization:apec", 1}, {"數位及 AI 部長宣言", graph.Statement, "statement:dmm-decl", 0}},
			want: []string{"ATTENDED agency:tw-moda -> meeting:dmm", "ISSUED meeting:dmm -> statement:dmm-decl", "ISSUED agency:tw-moda -> statement:dmm-decl", "ISSUED agency:kr-msit -> statement:dmm-decl"},
		},
		{
			name:    "a statement issued alone after a meeting is not the meeting's",
			text:    "日本內閣府於2023年5月26日召開第2次「AI戰略會議」,並公布「AI相關論點之初步整理」",
			ms:      []m{{"日本內閣府", graph.Agency, "agency:jp-cao", 0}, {"第2次「AI戰略會議」", graph.Meeting, "meeting:ai-council-2", 0}, {"「AI相關論點之初步整理」", graph.Statement, "statement:ai-issues", 0}},
			notWant: []string{"ISSUED meeting:ai-council-2 -> statement:ai-issues"},
		},
		{
			name: "a body that works through its own programme (透過「…方案」推動) issued it",
			text: "我國已密切關注國際 IoT 資通安全標章趨勢，目前主要透過「國家資通安全發展方案」與「數位國家·創新經濟發展方案 (2017-2025 年)」(DIGI+) 政策推動 IoT 資安",
			ms: []m{{"我國", graph.Country, tw, 0}, {"國家資通安全發展方案", graph.Statement, "statement:ncsdp", 0}, {"數位國家·創新經濟發展方案 (2017-2025 年)", graph.Statement, "statement:digi", 0},
				{"DIGI+", graph.Statement, "statement:digi", 0}},
			want: []string{"ISSUED country:TW -> statement:ncsdp", "ISSUED country:TW -> statement:digi"},
		},
		{
			name:    "透過 a meeting is no issuing",
			text:    "115 年賡續透過 APEC 數位及 AI 部長會議、DESG 等場域，與各國分享我國數位科技發展策略",
			ms:      []m{{"APEC 數位及 AI 部長會議", graph.Meeting, "meeting:dmm", 0}, {"DESG", graph.Organization, "organization:desg", 0}, {"我國", graph.Country, tw, 0}},
			ctx:     Context{Author: "agency:tw-moda"},
			notWant: []string{"HOSTED agency:tw-moda -> meeting:dmm", "ISSUED agency:tw-moda -> meeting:dmm"},
		},
		{
			name:    "a country that updates its framework issued it",
			text:    "馬來西亞更新新通訊設備框架（NCEF），我國介紹低功率無線電設備新進口解決方案",
			ms:      []m{{"馬來西亞", graph.Country, "country:MY", 0}, {"新通訊設備框架", graph.Statement, "statement:ncef", 0}, {"NCEF", graph.Statement, "statement:ncef", 0}, {"我國", graph.Country, tw, 0}},
			want:    []string{"ISSUED country:MY -> statement:ncef"},
			notWant: []string{"ISSUED country:TW -> statement:ncef"},
		},
		{
			name: "partners listed in a bracket after a class noun, the first one unnamed by the mentions",
			text: "另於 114 年 11 月，本部與 3 家人才媒合平臺（1111 人力銀行、Yourator、Cake）簽署 MOU，後續將進行數據交換作業",
			ms:   []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"Yourator", graph.Organization, "organization:yourator", 0}, {"Cake", graph.Organization, "organization:cake", 0}},
			want: []string{"PARTNERS_WITH agency:tw-moda -> organization:yourator", "PARTNERS_WITH agency:tw-moda -> organization:cake"},
		},
		{
			name: "bodies the author works through in a cooperation are partners (透過 A、B 等…合作)",
			text: "透過 AWS、微軟、Google 等國際大廠合作辦理技術工作坊，協助新創導入 AI",
			ms: []m{{"AWS", graph.Organization, "organization:aws", 0}, {"微軟", graph.Organization, "organization:microsoft", 0}, {"Google", graph.Organization, "organization:google", 0},
				{"AI", graph.Technology, "technology:ai", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"PARTNERS_WITH agency:tw-moda -> organization:aws", "PARTNERS_WITH agency:tw-moda -> organization:google"},
		},
		{
			name:    "透過 without a word of cooperation names no partner",
			text:    "馬來西亞透過國家詐騙應變中心 (NSRC) 整合各機關資源",
			ms:      []m{{"馬來西亞", graph.Country, "country:MY", 0}, {"國家詐騙應變中心", graph.Agency, "agency:my-nsrc", 0}, {"NSRC", graph.Agency, "agency:my-nsrc", 0}},
			notWant: []string{"PARTNERS_WITH country:MY -> agency:my-nsrc"},
		},
		{
			name: "the bodies the author works together with (協同…) are its partners when the author opens a clause",
			text: "鑒於大型語言模型 (LLM) 著重於自然語言表達能力，本部規劃優先推動政府機關提供語料，協同教育部、文化部、客家委員會等逾 200 個機關，共同打造語料庫",
			ms: []m{{"大型語言模型", graph.Technology, "technology:llm", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}, {"教育部", graph.Agency, "agency:tw-moe", 0},
				{"文化部", graph.Agency, "agency:tw-moc", 0}, {"客家委員會", graph.Agency, "agency:tw-hac", 0}},
			ctx:  Context{Author: "agency:tw-moda"},
			want: []string{"PARTNERS_WITH agency:tw-moda -> agency:tw-moe", "PARTNERS_WITH agency:tw-moda -> agency:tw-hac"},
		},
		{
			name: "the body that opens its clause after a label and a year is the subject of the partnership",
			text: "Azure Space 衛星連線計畫：2020 年 Microsoft 提出 Azure Space 計畫，同時也宣布與 SpaceX 及 SES 等眾多衛星服務業者結盟，正式宣示進軍太空領域",
			ms:   []m{{"Microsoft", graph.Organization, "organization:microsoft", 0}, {"SpaceX", graph.Organization, "organization:spacex", 0}, {"SES", graph.Organization, "organization:ses", 0}},
			want: []string{"PARTNERS_WITH organization:microsoft -> organization:spacex", "PARTNERS_WITH organization:microsoft -> organization:ses"},
		},
		{
			name:    "a body after a verb does not open its clause",
			text:    "並持續將該技術擴大國際合作事項，期能對接歐盟、全球資訊網協會等國際標準，促進全球憑證技術互通並得串接我國政府已發行之各式憑證",
			ms:      []m{{"歐盟", graph.Organization, "organization:eu", 0}, {"全球資訊網協會", graph.Organization, "organization:w3c", 0}, {"我國", graph.Country, tw, 0}},
			notWant: []string{"PARTNERS_WITH organization:eu -> country:TW"},
		},
		{
			name:    "taking part in what a body qualifies (參與 APEC 的政策討論平臺) is no membership",
			text:    "Google 期待持續參與 APEC 的政策討論平臺，並與會員經濟體深化對話；聯合國外太空辦公室和 Google 亦邀請黃部長參與聯合國大會期間的交流活動",
			ms:      []m{{"Google", graph.Organization, "organization:google", 0}, {"APEC", graph.Organization, "organization:apec", 0}, {"聯合國外太空辦公室", graph.Organization, "organization:unoosa", 0}, {"Google", graph.Organization, "organization:google", 1}, {"黃部長", graph.Person, "person:huang", 0}, {"聯合國大會", graph.Organization, "organization:unga", 0}},
			notWant: []string{"MEMBER_OF organization:google -> organization:apec", "MEMBER_OF organization:google -> organization:unga", "MEMBER_OF organization:unoosa -> organization:unga"},
		},
		{
			name: "taking part in a body itself, or joining it, is membership",
			text: "菲律賓亦積極參與 APCERT 等國際合作；我國自 1991 年以正式會員身分加入 TELWG 並持續參與",
			ms:   []m{{"菲律賓", graph.Country, "country:PH", 0}, {"APCERT", graph.Organization, "organization:apcert", 0}, {"我國", graph.Country, tw, 0}, {"TELWG", graph.Organization, "organization:telwg", 0}},
			want: []string{"MEMBER_OF country:PH -> organization:apcert", "MEMBER_OF country:TW -> organization:telwg"},
		},
		{
			name:    "the body that acts in the clause after 在 <meeting> 上 attended it",
			text:    "今年 2 月 11 日在巴黎的 AI 行動峰會上，美國發表新政府的 AI 政策",
			ms:      []m{{"巴黎", graph.Country, "country:FR", 0}, {"AI 行動峰會", graph.Meeting, "meeting:ai-action", 0}, {"美國", graph.Country, us, 0}},
			want:    []string{"ATTENDED country:US -> meeting:ai-action"},
			notWant: []string{"ATTENDED country:FR -> meeting:ai-action"},
		},
		{
			name:    "an agency that did not send delegates attends nothing",
			text:    "越南與俄羅斯等 2 個經濟體未派員參加",
			ms:      []m{{"越南", graph.Country, "country:VN", 0}, {"俄羅斯", graph.Country, "country:RU", 0}},
			ctx:     Context{Focus: telwg},
			notWant: []string{"ATTENDED country:VN -> " + telwg, "ATTENDED country:RU -> " + telwg},
		},
		{
			name:    "economies that take part in a project do not attend the meeting it is reported at",
			text:    "此外，菲律賓所主持的「女性數位領導力」專案亦有來自中國、新加坡、美國、越南、巴布亞紐幾內亞與馬來西亞等經濟體參與，該案目前正整理成果文件",
			ms:      []m{{"菲律賓", graph.Country, "country:PH", 0}, {"中國", graph.Country, "country:CN", 0}, {"越南", graph.Country, "country:VN", 0}},
			ctx:     Context{Focus: telwg, MainMeeting: telwg},
			notWant: []string{"ATTENDED country:VN -> " + telwg, "ATTENDED country:CN -> " + telwg},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := Sentence{Text: tc.text, Start: 0, End: len(tc.text), Kind: tc.kind, Mentions: build(t, tc.text, tc.ms), Context: tc.ctx}
			got := map[string]Fact{}
			for _, f := range Facts(s) {
				got[key(f)] = f
				if f.Start < 0 || f.End > len(tc.text) || f.Start >= f.End {
					t.Errorf("%s: evidence [%d,%d) outside the sentence", key(f), f.Start, f.End)
				}
			}
			for _, w := range tc.want {
				if _, ok := got[w]; !ok {
					t.Errorf("missing %s; got %v", w, keys(got))
				}
			}
			for _, w := range tc.notWant {
				if _, ok := got[w]; ok {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

func keys(m map[string]Fact) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestDatesAttached(t *testing.T) {
	text := "2025年12月2日,工業、科學與資源部(Department of Industry, Science and Resources)發布的國家AI計畫(National AI Plan,下稱澳洲AI計畫)中"
	s := Sentence{Text: text, End: len(text), Mentions: build(t, text, []m{
		{"工業、科學與資源部", graph.Agency, "agency:au-disr", 0}, {"國家AI計畫", graph.Statement, "statement:au-plan", 0}})}
	for _, f := range Facts(s) {
		if f.Type == graph.Issued && f.From == "agency:au-disr" {
			if f.Date != "2025-12-02" {
				t.Errorf("ISSUED date = %q, want 2025-12-02", f.Date)
			}
			if ev := text[f.Start:f.End]; !strings.Contains(ev, "發布的國家AI計畫") {
				t.Errorf("evidence %q does not state the fact", ev)
			}
			return
		}
	}
	t.Fatal("no ISSUED fact from the ministry")
}

// TestFutureDateNotIssueDate: the date a statement applies from is not the
// date it was issued.
func TestFutureDateNotIssueDate(t *testing.T) {
	text := "歐盟執委會發布「網路韌性法」實施指引，該法預計於2027年12月全面適用。"
	s := Sentence{Text: text, End: len(text), Mentions: build(t, text, []m{
		{"歐盟執委會", graph.Agency, "agency:eu-commission", 0}, {"網路韌性法", graph.Statement, "statement:cra", 0}})}
	for _, f := range Facts(s) {
		if f.Type == graph.Issued && f.Date != "" {
			t.Errorf("%s: date %q taken from an applicability date", key(f), f.Date)
		}
	}
}

// TestDocumentContext checks what Document carries between sentences: the
// section's meeting from a numbered heading, and the delegates listed under
// an attendee label.
func TestDocumentContext(t *testing.T) {
	text := "五、亞太經合組織數位與人工智慧部長宣言草案討論會議\n馬來西亞詢問部長會議之正式名稱。\n(三) 我方出席人員：\n- 數位發展部 葉寧次長\n"
	ms := []m{{"亞太經合組織數位與人工智慧部長宣言草案討論會議", graph.Meeting, "meeting:draft", 0}, {"馬來西亞", graph.Country, "country:MY", 0},
		{"數位發展部", graph.Agency, "agency:tw-moda", 0}, {"葉寧", graph.Person, "person:yeh", 0}}
	all := build(t, text, ms)
	var sents []Sentence
	for _, sp := range segment.Split(text) {
		var in []mention.Mention
		for _, x := range all {
			if x.Start >= sp.Start && x.End <= sp.End {
				in = append(in, x)
			}
		}
		sents = append(sents, Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
	}
	got := map[string]bool{}
	for _, f := range Document(sents, Context{Country: "country:TW"}) {
		got[key(f)] = true
	}
	for _, w := range []string{"ATTENDED country:MY -> meeting:draft", "ATTENDED person:yeh -> meeting:draft", "HOLDS_ROLE person:yeh -> agency:tw-moda"} {
		if !got[w] {
			t.Errorf("missing %s", w)
		}
	}
}

func TestRelationsOffsetsInCodePoints(t *testing.T) {
	text := "日本簽署了該份指引"
	fs := []Fact{{Type: graph.Signed, From: "country:JP", To: sbomID, Start: 0, End: len(text)}, {Type: graph.Signed, From: "country:JP", To: sbomID, Start: 0, End: len("日本簽署")}}
	rs := Relations("doc", text, fs)
	if len(rs) != 1 || len(rs[0].Evidence) != 2 {
		t.Fatalf("want one relation with two evidence spans, got %+v", rs)
	}
	if e := rs[0].Evidence[0]; e.Start != 0 || e.End != 9 || e.Text != text {
		t.Errorf("evidence = %+v, want [0,9) in code points", e)
	}
}

const sbomID = "statement:sbom"

// TestDocumentCases runs whole passages through Document: rules that need
// what earlier lines said (the section's meeting, the parties, the author).
func TestDocumentCases(t *testing.T) {
	const (
		dpsg  = "meeting:telwg70-dpsg"
		telwg = "meeting:apec-telwg-70"
	)
	cases := []struct {
		name    string
		text    string
		ms      []m
		want    []string
		notWant []string
	}{
		{
			name: "a heading naming a working group: the section's first line names its meeting",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\n(一) 資通訊科技發展與政策指導分組 (DPSG)\n資通訊科技發展與政策指導分組（DPSG）會議於 114 年 3 月 5 日召開。\n首先由日本總務省 (MIC) 代表 Yasunari Ueno 簡報。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"資通訊科技發展與政策指導分組 (DPSG)", graph.Organization, "organization:dpsg", 0},
				{"資通訊科技發展與政策指導分組（DPSG）會議", graph.Meeting, dpsg, 0}, {"日本總務省", graph.Agency, "agency:jp-mic", 0}, {"Yasunari Ueno", graph.Person, "person:ueno", 0}},
			want:    []string{"ATTENDED person:ueno -> " + dpsg, "ATTENDED agency:jp-mic -> " + dpsg},
			notWant: []string{"ATTENDED person:ueno -> " + telwg},
		},
		{
			name: "a working-group heading: the meeting named by the group alone, not an earlier session's",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\n2. STSG 分組會議\n由中國張玲玲報告前次 TELWG 69 STSG 分組會議之內容。\n(二) 資通訊安全與信任指導分組 (STSG)\n本次會議共 11 個經濟體與會，與會經濟體包含澳洲、汶萊及美國。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"STSG 分組會議", graph.Meeting, "meeting:stsg", 0},
				{"TELWG 69 STSG 分組會議", graph.Meeting, "meeting:stsg69", 0}, {"中國", graph.Country, "country:CN", 0},
				{"澳洲", graph.Country, "country:AU", 0}, {"汶萊", graph.Country, "country:BN", 0}, {"美國", graph.Country, "country:US", 0}},
			want:    []string{"ATTENDED country:AU -> meeting:stsg", "ATTENDED country:US -> meeting:stsg"},
			notWant: []string{"ATTENDED country:AU -> " + telwg, "ATTENDED country:AU -> meeting:stsg69"},
		},
		{
			name: "a heading that reports on an earlier meeting is no session of it",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\n三、會議地點\t韓國慶洲\n(二) TEL 69 主席報告\nTEL 69 於 2024 年順利舉行。\n接著，Hayun Kang 致詞並回顧成果。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"韓國", graph.Country, "country:KR", 0}, {"TEL 69", graph.Meeting, "meeting:tel-69", 0},
				{"TEL 69", graph.Meeting, "meeting:tel-69", 1}, {"Hayun Kang", graph.Person, "person:kang", 0}},
			want:    []string{"ATTENDED person:kang -> " + telwg},
			notWant: []string{"ATTENDED person:kang -> meeting:tel-69", "HELD_IN meeting:tel-69 -> country:KR"},
		},
		{
			name: "economies listed after the meeting the clause names",
			text: "DPSG 召集人分享本次 DPSG 會議共有 12 個經濟體出席，包括澳洲、汶萊及美國，並由馬來西亞擔任召集人。",
			ms: []m{{"DPSG 會議", graph.Meeting, dpsg, 0}, {"澳洲", graph.Country, "country:AU", 0}, {"汶萊", graph.Country, "country:BN", 0},
				{"美國", graph.Country, "country:US", 0}},
			want: []string{"ATTENDED country:AU -> " + dpsg, "ATTENDED country:BN -> " + dpsg, "ATTENDED country:US -> " + dpsg},
		},
		{
			name: "a section about a meeting the mentions miss (heading broken across lines) is not the main meeting's",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\n九、亞太經濟合作區域利用新興技術促進數位基礎設施的韌性研討\n會議\nLG U+的網路策略專家 Dr. Changjun Kim，介紹 6G 時代的數位基礎設施韌性。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"LG U+", graph.Organization, "organization:lg-uplus", 0},
				{"Changjun Kim", graph.Person, "person:changjun-kim", 0}},
			want:    []string{"HOLDS_ROLE person:changjun-kim -> organization:lg-uplus"},
			notWant: []string{"ATTENDED person:changjun-kim -> " + telwg, "ATTENDED organization:lg-uplus -> " + telwg},
		},
		{
			name: "statements listed after a class noun; a counted unnamed group signs nothing of the country's",
			text: "在治理與風險控管方面，中國已發布多項政策，包括「網路資訊服務深度合成管理規定」與「生成式人工智慧服務基本安全要求」，目前已有 17 家企業簽署「人工智慧安全承諾」。\n",
			ms: []m{{"中國", graph.Country, "country:CN", 0}, {"網路資訊服務深度合成管理規定", graph.Statement, "statement:cn-deep-synthesis", 0},
				{"生成式人工智慧服務基本安全要求", graph.Statement, "statement:cn-genai-security", 0}, {"人工智慧安全承諾", graph.Statement, "statement:cn-ai-safety-commitments", 0}},
			want:    []string{"ISSUED country:CN -> statement:cn-deep-synthesis", "ISSUED country:CN -> statement:cn-genai-security"},
			notWant: []string{"SIGNED country:CN -> statement:cn-ai-safety-commitments"},
		},
		{
			name: "a paragraph's topic publishes what its next sentence leaves subjectless",
			text: "韓國代表分享數位政策發展歷程。同期推出「數位創新總體計畫」及「百萬數位人才培育計畫」，進一步擴大產業基盤。\n",
			ms: []m{{"韓國", graph.Country, "country:KR", 0}, {"數位創新總體計畫", graph.Statement, "statement:kr-dimp", 0},
				{"百萬數位人才培育計畫", graph.Statement, "statement:kr-talent", 0}},
			want: []string{"ISSUED country:KR -> statement:kr-dimp", "ISSUED country:KR -> statement:kr-talent"},
		},
		{
			name: "a heading broken across lines names the meeting its table of contents names whole",
			text: "九、 亞太經濟合作區域利用新興技術促進數位基礎設施的韌性研討會議 ..\t58\n九、亞太經濟合作區域利用新興技術促進數位基礎設施的韌性研討\n會議\n日本總務省助理主任 Mr. Yuseke IWAI，介紹日本在天災應變上的政策。\n",
			ms: []m{{"亞太經濟合作區域利用新興技術促進數位基礎設施的韌性研討會議", graph.Meeting, "meeting:resilience", 0},
				{"日本總務省", graph.Agency, "agency:jp-mic", 0}, {"Yuseke IWAI", graph.Person, "person:iwai", 0}},
			want: []string{"ATTENDED person:iwai -> meeting:resilience", "ATTENDED agency:jp-mic -> meeting:resilience"},
		},
		{
			name: "delegates invited to the meeting the sentence just named",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\n中國分享其主辦之「加速 5G 使用案例」研討會議，邀集中國、泰國及美國等代表參與，聚焦於 5G 應用。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"中國", graph.Country, "country:CN", 0}, {"「加速 5G 使用案例」研討會議", graph.Meeting, "meeting:5g", 0},
				{"中國", graph.Country, "country:CN", 1}, {"泰國", graph.Country, "country:TH", 0}, {"美國", graph.Country, "country:US", 0}},
			want:    []string{"ATTENDED country:TH -> meeting:5g", "ATTENDED country:US -> meeting:5g", "HOSTED country:CN -> meeting:5g"},
			notWant: []string{"ATTENDED country:TH -> " + telwg},
		},
		{
			name: "member economies that attended are attendees",
			text: "本次 CISG 會議共有 10 個會員經濟體出席，包含我國、汶萊、中國大陸及印尼。",
			ms: []m{{"CISG 會議", graph.Meeting, "meeting:cisg", 0}, {"我國", graph.Country, "country:TW", 0}, {"汶萊", graph.Country, "country:BN", 0},
				{"中國大陸", graph.Country, "country:CN", 0}, {"印尼", graph.Country, "country:ID", 0}},
			want: []string{"ATTENDED country:BN -> meeting:cisg", "ATTENDED country:CN -> meeting:cisg"},
		},
		{
			name: "a heading naming a working group by its abbreviation takes the one meeting named with it",
			text: "時間\t會議\n3月6日(四) 09:00-17:00\t[CISG]指導分組會議\n(三) 符合性評鑑與互通性指導分組 (CISG)\n由我國國家通訊傳播委員會謝志昌科長擔任召集人主持會議。\n",
			ms: []m{{"[CISG]指導分組會議", graph.Meeting, "meeting:cisg", 0}, {"符合性評鑑與互通性指導分組", graph.Organization, "organization:cisg", 0},
				{"我國", graph.Country, "country:TW", 0}, {"國家通訊傳播委員會", graph.Agency, "agency:tw-ncc", 0}, {"謝志昌", graph.Person, "person:hsieh", 0}},
			want: []string{"HOSTED agency:tw-ncc -> meeting:cisg", "ATTENDED person:hsieh -> meeting:cisg"},
		},
		{
			name: "the statement issued after a meeting",
			text: "歐美貿易與技術理事會 2024年4月4日至5日在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明,雙方同意在新興技術等面向合作。\n",
			ms: []m{{"歐美貿易與技術理事會", graph.Organization, "organization:ttc", 0}, {"比利時", graph.Country, "country:BE", 0},
				{"第6屆部長會議", graph.Meeting, "meeting:ttc-6", 0}, {"會後聯合聲明", graph.Statement, "statement:ttc-6-js", 0}},
			want: []string{"ISSUED meeting:ttc-6 -> statement:ttc-6-js", "HELD_IN meeting:ttc-6 -> country:BE"},
		},
		{
			name: "a country after 在 is where a meeting is held, not who signs; the report's country signs",
			text: "我國已成為 FOC 觀察員，本部持續推動數位外交。\n114 年 10 月持續參與在愛沙尼亞塔林舉辦之部長級會議，與各國數位發展部長及外交部長，就數位時代之治理趨勢等重要議題進行交流，賡續強化數位同盟基礎，並共同聯署包含《人工智慧與人權聯合聲明》、《在武裝衝突時期保護人權與防止網路中斷聯合聲明》及《尊重權利的數位公共基礎設施原則》等 3 項聯合聲明；\n",
			ms: []m{{"我國", graph.Country, "country:TW", 0}, {"本部", graph.Agency, "agency:tw-moda", 0}, {"愛沙尼亞", graph.Country, "country:EE", 0}, {"塔林", graph.Country, "country:EE", 0},
				{"部長級會議", graph.Meeting, "meeting:foc-2025", 0}, {"數位發展部", graph.Agency, "agency:tw-moda", 0}, {"外交部", graph.Agency, "agency:tw-mofa", 0},
				{"人工智慧與人權聯合聲明", graph.Statement, "statement:ai-hr", 0}, {"在武裝衝突時期保護人權與防止網路中斷聯合聲明", graph.Statement, "statement:shutdowns", 0},
				{"尊重權利的數位公共基礎設施原則", graph.Statement, "statement:dpi", 0}},
			want: []string{"SIGNED country:TW -> statement:ai-hr", "SIGNED country:TW -> statement:shutdowns", "SIGNED country:TW -> statement:dpi",
				"HELD_IN meeting:foc-2025 -> country:EE"},
			notWant: []string{"SIGNED country:EE -> statement:ai-hr", "SIGNED country:EE -> statement:dpi"},
		},
		{
			name: "the bodies a host invites to convene a meeting attend it; a name inside a longer one does not",
			text: "自 111 年 8 月起至 115 年 2 月底，本部邀請行政院洗錢防制辦公室、臺灣高等檢察署、內政部刑事警察局與五大遊戲點數業者召開 27 場阻詐執行成效會議，透過跨部會聯防機制檢視阻詐成效。\n",
			ms: []m{{"本部", graph.Agency, "agency:tw-moda", 0}, {"行政院洗錢防制辦公室", graph.Agency, "agency:tw-amlo", 0}, {"行政院", graph.Agency, "agency:tw-ey", 0},
				{"臺灣高等檢察署", graph.Agency, "agency:tw-thpo", 0}, {"內政部刑事警察局", graph.Agency, "agency:tw-cib", 0}, {"內政部", graph.Agency, "agency:tw-moi", 0},
				{"阻詐執行成效會議", graph.Meeting, "meeting:anti-fraud", 0}},
			want: []string{"ATTENDED agency:tw-amlo -> meeting:anti-fraud", "ATTENDED agency:tw-thpo -> meeting:anti-fraud",
				"ATTENDED agency:tw-cib -> meeting:anti-fraud", "HOSTED agency:tw-moda -> meeting:anti-fraud"},
			notWant: []string{"ATTENDED agency:tw-ey -> meeting:anti-fraud", "ATTENDED agency:tw-moi -> meeting:anti-fraud", "ATTENDED agency:tw-moda -> meeting:anti-fraud"},
		},
		{
			name: "a talk's quoted title does not part the speaker from the verb; a person acting as vice convener attends",
			text: "出席 APEC TELWG 第 70 次會議簡要報告\nICANN 亞洲區政府與國際組織事務總監 Angela Wibawa 以「ICANN 與 WSIS+20 的相關性 (The Relevance of WSIS+20 Review)」為題，介紹 ICANN 的核心職能與其對全球網際網路治理未來方向的關注。\n由我國國家通訊傳播委員會謝志昌科長擔任召集人主持會議，韓國 Judong Jang 先生以第一副召集人身分協助會議進行。\n",
			ms: []m{{"APEC TELWG 第 70 次會議", graph.Meeting, telwg, 0}, {"ICANN", graph.Organization, "organization:icann", 0}, {"Angela Wibawa", graph.Person, "person:angela-wibawa", 0},
				{"國家通訊傳播委員會", graph.Agency, "agency:tw-ncc", 0}, {"謝志昌", graph.Person, "person:hsieh", 0}, {"韓國", graph.Country, "country:KR", 0}, {"Judong Jang", graph.Person, "person:judong-jang", 0}},
			want: []string{"ATTENDED person:angela-wibawa -> " + telwg, "ATTENDED person:judong-jang -> " + telwg},
		},
		{
			name: "a speaker whose body's English article or other titled role the mentions missed still attends",
			text: "自由線上聯盟（Freedom Online Coalition, FOC）2024 年部長會議\nResearch ICT Africa 執行長與 FOC 諮詢網絡成員 Alison Gillwald 擔任與談主持人，她呼應荷蘭與哥倫比亞部長的發言。\n**The Paradigm Initiative** 資深經理 **Adeboye Adegoke** 感謝荷蘭組織此次活動，並強調其所在組織與 FOC 的合作。\n",
			ms: []m{{"自由線上聯盟（Freedom Online Coalition, FOC）2024 年部長會議", graph.Meeting, "meeting:foc-2024", 0}, {"FOC", graph.Organization, "organization:foc", 1},
				{"Alison Gillwald", graph.Person, "person:alison-gillwald", 0}, {"荷蘭", graph.Country, "country:NL", 0},
				{"Paradigm Initiative", graph.Organization, "organization:paradigm", 0}, {"Adeboye Adegoke", graph.Person, "person:adeboye", 0}, {"荷蘭", graph.Country, "country:NL", 1}},
			want: []string{"ATTENDED person:alison-gillwald -> meeting:foc-2024", "ATTENDED person:adeboye -> meeting:foc-2024", "ATTENDED organization:paradigm -> meeting:foc-2024"},
		},
		{
			name:    "a reported clause has its own subject",
			text:    "資安議題部分，美國說明歐盟即將於 2025 年 8 月施行的《無線設備指令》（RED）資安要求。\n",
			ms:      []m{{"美國", graph.Country, "country:US", 0}, {"歐盟", graph.Organization, "organization:eu", 0}, {"《無線設備指令》", graph.Statement, "statement:red", 0}},
			want:    []string{"ISSUED organization:eu -> statement:red"},
			notWant: []string{"ISSUED country:US -> statement:red"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			all := build(t, tc.text, tc.ms)
			var sents []Sentence
			for _, sp := range segment.Split(tc.text) {
				var in []mention.Mention
				for _, x := range all {
					if x.Start >= sp.Start && x.End <= sp.End {
						in = append(in, x)
					}
				}
				sents = append(sents, Sentence{Text: tc.text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
			}
			got := map[string]Fact{}
			for _, f := range Document(sents, Context{Country: "country:TW"}) {
				got[key(f)] = f
			}
			for _, w := range tc.want {
				if _, ok := got[w]; !ok {
					t.Errorf("missing %s; got %v", w, keys(got))
				}
			}
			for _, w := range tc.notWant {
				if _, ok := got[w]; ok {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

// TestDocumentYear: a date written without its year takes the year the
// document speaks of.
func TestDocumentYear(t *testing.T) {
	text := "報告日期：2025 年 3 月 20 日\n韓國將於 8 月 4 日至 6 日在仁川主辦數位與 AI 部長級會議。\n"
	all := build(t, text, []m{{"韓國", graph.Country, "country:KR", 0}, {"數位與 AI 部長級會議", graph.Meeting, "meeting:dmm", 0}})
	var sents []Sentence
	for _, sp := range segment.Split(text) {
		var in []mention.Mention
		for _, x := range all {
			if x.Start >= sp.Start && x.End <= sp.End {
				in = append(in, x)
			}
		}
		sents = append(sents, Sentence{Text: text, Start: sp.Start, End: sp.End, Kind: sp.Kind, Mentions: in})
	}
	for _, f := range Document(sents, Context{}) {
		if f.Type == graph.Hosted && f.From == "country:KR" {
			if f.Date != "2025-08-04" {
				t.Errorf("HOSTED date = %q, want 2025-08-04", f.Date)
			}
			return
		}
	}
	t.Fatal("no HOSTED fact from Korea")
}
