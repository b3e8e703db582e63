package mention

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader/gazetteer"
)

func newFinder(t *testing.T) *Finder {
	t.Helper()
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(gz)
}

type want struct {
	typ     graph.EntityType
	surface string
}

// Sentences from corpus/; each must yield the listed mentions (and none of
// the unwanted surfaces).
func TestFind(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name   string
		text   string
		want   []want
		unwant []string
	}{
		{"heading visit", "一、 拜會微軟總部 .....\t7\n", []want{{graph.Meeting, "拜會微軟總部"}}, nil},
		{"heading event without the verb", "- (一) 參與聯合國外太空辦公室晚會\n", []want{{graph.Meeting, "聯合國外太空辦公室晚會"}}, nil},
		{"heading field is no visit", "一、拜訪時間：9 月 16 日(星期一) 9:30-12:00\n", nil, []string{"拜訪時間"}},
		{"bracket title line", "- 【臺北場】113年度新創採購-招標作業廠商說明會\n", []want{{graph.Meeting, "【臺北場】113年度新創採購-招標作業廠商說明會"}}, nil},
		{"ordinal in a meeting name", "2024年4月4日至5日在比利時魯汶舉行第6屆部長會議，", []want{{graph.Meeting, "第6屆部長會議"}, {graph.Country, "比利時"}, {graph.Country, "魯汶"}}, nil},
		{"numbered sessions", "已會同外交部深入參與 ICANN 82 至 85 計 4 場國際會議，", []want{{graph.Meeting, "ICANN 82"}, {graph.Meeting, "85"}}, nil},
		{"stop word starting a word", "先後召開三輪、計 8 場大型數位平臺與新聞產業對話會議，促進各方交流", []want{{graph.Meeting, "大型數位平臺與新聞產業對話會議"}}, nil},
		{"no session from a count", "共有 15 個經濟體代表出席 COVID-19 期間", nil, []string{"COVID-19"}},
		{"bullet person", "- Teresa Hutson, Corporate Vice President\n", []want{{graph.Person, "Teresa Hutson"}}, nil},
		{"person after a Han title", "德國外交部國務部長 Tobias Lindner 先讚揚了荷蘭擔任 FOC 主席的工作", []want{{graph.Person, "Tobias Lindner"}}, nil},
		{"enumerated persons", "以及美國聯邦參議員 Benjamin L. Cardin 與 Dan Sullivan 等逾百人出席與會", []want{{graph.Person, "Benjamin L. Cardin"}, {graph.Person, "Dan Sullivan"}}, nil},
		{"transliteration with Latin name", "會議由美國國務卿布林肯 (Antony Blinken)、荷蘭外交部長維爾德坎普 (Caspar Veldkamp)", []want{{graph.Person, "布林肯"}, {graph.Person, "維爾德坎普"}}, nil},
		{"title then name on its own line", "部長 林宜敬\n\n目次", []want{{graph.Person, "林宜敬"}}, nil},
		{"briefing is no person", "由各經濟體代表簡報其近期推動情形", nil, []string{"簡報"}},
		{"short forms in a pair", "114 年 6 月 30 日臺英雙方簽署臺英促進貿易夥伴關係", []want{{graph.Country, "臺"}, {graph.Country, "英"}}, nil},
		{"short forms in a list", "邀請來自星、馬、泰、越等 31 家買家", []want{{graph.Country, "星"}, {graph.Country, "馬"}, {graph.Country, "泰"}, {graph.Country, "越"}}, nil},
		{"nested country prefix", "美國網路安全暨基礎設施安全局(CISA)", []want{{graph.Agency, "美國網路安全暨基礎設施安全局"}, {graph.Country, "美國"}}, nil},
		{"glued word before a known name", "由召集人國家資通安全研究院王家宜主任說明", []want{{graph.Agency, "國家資通安全研究院"}}, []string{"人國家資通安全研究院"}},
		{"country and a verb", "感謝 FOC 以及荷蘭組織了這次適時的會議", []want{{graph.Country, "荷蘭"}}, []string{"荷蘭組織"}},
		{"company list with a known member", "包含微軟(Microsoft)、Chain Reaction 等領導企業與機構的高層會晤", []want{{graph.Organization, "Chain Reaction"}}, nil},
		{"local governments listed", "本部 114 年已挑選 5 個地方政府（花蓮縣、臺北市、桃園市、嘉義縣、雲林縣）推動", []want{{graph.Agency, "花蓮縣"}, {graph.Agency, "臺北市"}}, nil},
		{"sectors are no companies", "透過輔導金融、軍工及醫療等 10 家大型機構進行系統盤點", nil, []string{"軍工", "醫療"}},
		{"a mission's name starts at 駐", "2023 年 6 月，數位發展部前部長唐鳳與我國駐臺拉維夫臺北經濟文化辦事處李雅萍處長一同出席", []want{{graph.Agency, "駐臺拉維夫臺北經濟文化辦事處"}, {graph.Person, "唐鳳"}}, []string{"臺北"}},
		{"standard by code", "取得 SEMI E187 半導體設備資安標準認驗證", []want{{graph.Statement, "SEMI E187"}}, nil},
		{"technology modifying a device is no topic", "涵蓋低中高軌衛星、無人機反制雷達、車聯網及 5G 專網", nil, []string{"無人機"}},
		{"chatbot is no robotics", "透過聊天機器人的加入，將能優化服務互動", nil, []string{"機器人"}},
		{"network of a technology", "提升重大災害期間行動通訊網路之持續運作能力", nil, []string{"行動通訊"}},
		{"a committee one holds is a meeting", "日本於2023年12月1日舉辦G7數位技術委員會（G7デジタル・技術大臣会合），由日本數位廳、總務省", []want{{graph.Meeting, "G7數位技術委員會"}}, nil},
		{"no name from a word's tail", "Hayun Kang 向與會者簡要回顧 TEL 69 全體會議", nil, []string{"者簡要回顧 TEL 69 全體會議"}},
		{"a count of principles", "並強調四大核心原則：第一，確保美國保持", nil, []string{"大核心原則"}},
		{"a plan's officer", "APEC 秘書處計畫主任 Elspeth Davidson", nil, []string{"APEC 秘書處計畫"}},
		{"符合 starts the word", "符合性評鑑與互通性指導分組 (Conformity and Interoperability Steering Group, CISG) 於 114 年 3 月 6 日召開全天會議", []want{{graph.Organization, "符合性評鑑與互通性指導分組"}}, []string{"性評鑑與互通性指導分組"}},
		{"leader before the office", "強調數位治理的重要性，並指出在拜登總統的領導下，美國致力於捍衛民主", []want{{graph.Person, "拜登"}}, nil},
		{"leader after the office", "許多政策仍在審查中。總統川普在新政府上任第三天便發布行政命令", []want{{graph.Person, "川普"}}, nil},
		{"surname and office only", "更是在沈副院長於經濟部時期大力支持與促成", []want{{graph.Person, "沈副院長"}}, nil},
		{"English aside inside a name", "114 年 6 月 30 日臺英雙方簽署臺英促進貿易夥伴關係 (Enhanced Trade Partnership Arrangement, ETP) 數位貿易協議及 12 月 4 日簽署「臺日數位貿易協議」。", []want{{graph.Statement, "臺英促進貿易夥伴關係 (Enhanced Trade Partnership Arrangement, ETP) 數位貿易協議"}}, nil},
		{"adjective before a country and an event", "更將首度率領 8 家本土資安廠商參與全球最具指標性之美國 RSAC 展會及設立「臺灣資安館」", []want{{graph.Meeting, "RSAC 展會"}, {graph.Country, "美國"}}, []string{"全球最具指標性之美國 RSAC 展會", "美國 RSAC 展會"}},
		{"a meeting's place is no part of its name", "established at the inaugural Freedom Online Conference in The Hague, the Netherlands, December 2011", []want{{graph.Meeting, "Freedom Online Conference"}}, []string{"Freedom Online Conference in The Hague"}},
		{"two names joined by and the", "governance processes, namely the Global Digital Compact and the Pact for the Future, to advance", []want{{graph.Statement, "Pact for the Future"}}, []string{"Global Digital Compact and the Pact for the Future"}},
		{"an acronym in lower case is a word", "包括澳洲分享關於縮減數位落差的 First Nations Digital Inclusion Plan", nil, []string{"First"}},
		{"bodies in a standard's code", "應由國家無線電研究機構（RRA）指定符合 ISO/IEC 17025 之測試實驗室", []want{{graph.Statement, "ISO/IEC 17025"}}, []string{"ISO", "IEC"}},
		{"a title before the meeting's name", "行前交流會、WRC-23 經驗分享會及第 2 屆「頻譜大未來」國際頻譜交流會議，", []want{{graph.Meeting, "第 2 屆「頻譜大未來」國際頻譜交流會議"}}, []string{"國際頻譜交流會議"}},
		{"a country inside a country's name", "本、韓國、馬來西亞、巴布亞紐幾內亞、秘魯、菲律賓", []want{{graph.Country, "巴布亞紐幾內亞"}}, []string{"幾內亞"}},
		{"a company's national branch", "與基層社會的影響力。講者包括 Google Korea 分享 AI 應用於 SDG", []want{{graph.Organization, "Google Korea"}}, []string{"Korea"}},
		{"the kind of agreement names none", "IoT 資通安全標章方興未艾，國際間相互承認協議（MRA）之興盛指日可待", nil, []string{"國際間相互承認協議", "相互承認協議"}},
		{"quoted scheme", "1. 本部建立「提供第三方支付服務之事業或人員洗錢防制及服務能量登錄制度」(下稱三支能量登錄)，並公告", []want{{graph.Statement, "提供第三方支付服務之事業或人員洗錢防制及服務能量登錄制度"}}, nil},
		{"quoted training programme", "提供資安人力穩定來源；推動「政府資安人力職能轉換訓練」，協助各機關現職", []want{{graph.Statement, "政府資安人力職能轉換訓練"}}, nil},
		{"quoted fund", "Google「臺灣新聞數位共榮基金」亦持續協助新聞產業數位轉型", []want{{graph.Statement, "臺灣新聞數位共榮基金"}}, nil},
		{"quoted working group", "擔任民主國家社群（Community of Democracies）下的「民主與科技工作小組」主席", []want{{graph.Organization, "民主與科技工作小組"}}, nil},
		{"a quoted goal is no programme", "本部以「推動 AI 產業發展」、「強化資安韌性」、「落實打詐作為」以及「強化數位政府建設」為四大主軸", nil, []string{"強化數位政府建設"}},
		{"quoted event one holds", "此外，114 年本部舉辦「AI 開箱日」系列活動，匯聚產業", []want{{graph.Meeting, "AI 開箱日"}}, nil},
		{"quoted event with its English name", "114 年 7 月 31 日至 8 月 2 日辦理「World AI Vision Exhibition (WAVE 2025)」，展出最新 AI 應用", []want{{graph.Meeting, "World AI Vision Exhibition (WAVE 2025)"}}, nil},
		{"a platform is no event", "召開「網路平臺刊登或販售違法商品下架處理聯防平臺」聯繫會議，自", nil, []string{"網路平臺刊登或販售違法商品下架處理聯防平臺"}},
		{"no name inside a known name's end", "國家安全局(National Security Agency, NSA)、聯邦調查局(Federal Bureau of Investigation, FBI)和國家情報總監辦公室", []want{{graph.Agency, "聯邦調查局"}}, []string{"調查局"}},
		{"other countries' ministers", "舉辦之部長級會議，與各國數位發展部長及外交部長共同討論", nil, []string{"數位發展部", "外交部"}},
		{"a ministry after 與 stays", "由本部與外交部共同主辦", []want{{graph.Agency, "外交部"}}, nil},
		{"a company's national branch in Chinese", "- 臺灣微軟公用業務事業群 花凱龍首席技術長\n", []want{{graph.Organization, "臺灣微軟"}}, nil},
		{"a country then a ministry is no branch", "日本經濟產業省與美國微軟合作", []want{{graph.Organization, "美國微軟"}, {graph.Agency, "日本經濟產業省"}}, nil},
		{"a Latin name before a corporate title", "Research ICT Africa 執行長與 FOC 諮詢網絡成員 Alison Gillwald 擔任與談主持人", []want{{graph.Organization, "Research ICT Africa"}, {graph.Person, "Alison Gillwald"}}, nil},
		{"a Latin name after the company", "(IC 設計創業家，前一家創立的公司 Mellanox 被 NVIDIA 以 70 億美元收購)", []want{{graph.Organization, "Mellanox"}}, nil},
		{"the verb 聯合 before 國內", "114 年度已辦理我國首次大規模產品漏洞獵捕活動，聯合國內指標性資通設備廠商與本土資安研究社群", nil, []string{"聯合國"}},
		{"the United Nations", "並進一步扣合聯合國永續發展目標 (SDGs)", []want{{graph.Organization, "聯合國"}}, nil},
		{"a UN office is an organisation", "the UN Office of Outer Space Affairs and the Permanent Mission", []want{{graph.Organization, "UN Office of Outer Space Affairs"}}, nil},
		{"an unlisted UN office is an organisation", "supported by the UN Office of Counter-Terrorism and partners", []want{{graph.Organization, "UN Office of Counter-Terrorism"}}, nil},
		{"generic words before a meeting head", "- **積極參與國際資安會議，分享臺灣經驗**\n本次會議預計分為三個組成部分，包括：部長級正式會議、數位與 AI 論壇", nil, []string{"國際資安會議", "部長級正式會議"}},
		{"a topic and generic words before a document head", "建立一個以國際人權標準為基礎的人工智慧治理框架，推動人工智慧治理框架", nil, []string{"人工智慧治理框架"}},
		{"a topic alone before a document head names one", "發布量子技術白皮書，並依量子技術白皮書推動", []want{{graph.Statement, "量子技術白皮書"}}, nil},
		{"a lower-case gloss translates a term", "大量資料，除增加攻擊表面（attack surface），亦違背資料最少蒐集原則（data minimisation）。", nil, []string{"違背資料最少蒐集原則", "資料最少蒐集原則"}},
		{"a capitalised gloss names", "推動國家資通安全發展方案（National Cybersecurity Program），落實", []want{{graph.Statement, "國家資通安全發展方案"}}, nil},
		{"a kind of programme", "推出試驗計畫，並擴大試驗計畫規模；另有資助計畫及資助計畫", nil, []string{"試驗計畫", "資助計畫"}},
		{"two documents joined", "(八) TELWG 2026 年至 2030 年策略行動計畫與組織章程\n（八） TELWG 2026 年至 2030 年策略行動計畫與組織章程\n", []want{{graph.Statement, "TELWG 2026 年至 2030 年策略行動計畫"}, {graph.Statement, "組織章程"}}, []string{"策略行動計畫與組織章程"}},
		{"a joiner inside one name", "實施「可信任人工智慧和風險管理聯合路徑圖」，並依可信任人工智慧和風險管理聯合路徑圖", []want{{graph.Statement, "可信任人工智慧和風險管理聯合路徑圖"}}, nil},
		{"the MOU signed", "一同出席 Chain Reaction 與工研院簽署的合作備忘錄簽署儀式，開啟了雙方在隱私強化技術上的合作", []want{{graph.Statement, "合作備忘錄"}}, nil},
		{"an instrument named after its signing", "如與奈及利亞國家人權機構簽署的合作備忘錄，以及數位權利與自由草案", []want{{graph.Statement, "合作備忘錄"}}, nil},
		{"the joint statement after the meeting", "在比利時魯汶舉行第6屆部長會議,依據會後聯合聲明,雙方針對數位轉型所帶來的機遇", []want{{graph.Statement, "聯合聲明"}}, nil},
		{"agreements one could sign", "臺灣可以透過與其他國家簽署合作協議、強化資安情資分享", nil, []string{"合作協議"}},
		{"a kind of agreement signed", "推動各經濟體簽署相互承認協議", nil, []string{"相互承認協議"}},
		{"an enumeration comma inside a defined name", "此外，英國科學、創新及技術部（DSIT）與新加坡資訊通信媒體發展局（IMDA）共同發布", []want{{graph.Agency, "英國科學、創新及技術部"}}, []string{"創新及技術部"}},
		{"a list before a defined name", "由經濟部、數位發展部（MODA）共同辦理", []want{{graph.Agency, "經濟部"}, {graph.Agency, "數位發展部"}}, []string{"經濟部、數位發展部"}},
		{"name, space, title in a header row", "出國人員：數位發展部 王小明 科長、李大華 專員\n", []want{{graph.Person, "王小明"}, {graph.Person, "李大華"}}, nil},
		{"a title's English name in parentheses is the title's", "rative,以下簡稱JCDC),依據《國防授權法》(National Defense Authorization Act of 2021, NDAA)成立", []want{{graph.Statement, "國防授權法"}}, []string{"National Defense Authorization Act of 2021"}},
		{"a meeting held at a place", "114 年 10 月持續參與在愛沙尼亞塔林舉辦之部長級會議，與各國數位發展部長及外交部長", []want{{graph.Meeting, "部長級會議"}}, nil},
		{"a descriptive name and the event's own with its year", "於 114 年成功爭取國際數位人權全球大會 Rights Con 2025 於臺北舉辦，外交部與本部攜手", []want{{graph.Meeting, "國際數位人權全球大會"}}, []string{"成功爭取國際數位人權全球大會"}},
		{"a scheme named by a standard's code", "月 18 日與國際半導體產業協會（SEMI）共同發布 SEMI E187 半導體設備資安標準認驗證制度，象徵", []want{{graph.Statement, "SEMI E187 半導體設備資安標準認驗證制度"}}, nil},
		{"a standard's code before another noun", "本部積極推動 SEMI E187 合規輔導機制，並", []want{{graph.Statement, "SEMI E187"}}, nil},
		{"an English title after a naming verb keeps its own type", "屬 TELWG 體系之延伸會議。韓國代表回應，該會議全名為「Digital and AI Ministerial Meeting」，確實是在 TELWG 架構下舉辦", []want{{graph.Meeting, "Digital and AI Ministerial Meeting"}}, nil},
		{"a phrase inside a title's English name", "2025 年執行規劃，包括將出版「超級老化社會的幸福感」(Well being in Super Ageing Society)、區域老年人數位落差調查等工", nil, []string{"Super Ageing Society"}},
		{"a quoted technique is no document", "分析自動化，期能將龐雜報告轉化為資安治理情報。本年度已完成「資安自評報告分析產製技術」開發，可分析機關自評表", nil, []string{"資安自評報告分析產製技術"}},
		{"a quoted system is no document", "強化平臺對違規內容下架責任。新制度名為「內容審核合規系統（SAMAN）」，設置違規平臺行政罰鍰制", nil, []string{"內容審核合規系統", "內容審核合規系統（SAMAN）"}},
		{"a plan named after a quoted meeting", "圖 8：美國「IoT 資通安全標章圓桌會議」計畫之圓桌會議", []want{{graph.Meeting, "IoT 資通安全標章圓桌會議"}}, nil},
		{"generic words joined", "四、推動非政府及民間組織發展數據應用創新\n辦理 5 個機關使用者中心設計(UCD)工作坊及成果分享會，並完成 UCD 報告。工作坊及成果分享會", nil, []string{"非政府及民間組織", "工作坊及成果分享會"}},
		{"a joiner inside a specific name", "並依據歐美貿易與技術理事會(TTC)之決議，歐美貿易與技術理事會", []want{{graph.Organization, "歐美貿易與技術理事會"}}, nil},
		{"a unit named after its ministry", "3. 為提升政府資料隱私技術韌性，已偕同政府機關（內政部統計處）及公私協力（金融機", []want{{graph.Agency, "內政部統計處"}}, nil},
		{"two ministries joined are no unit", "督導本部會同國科會、教育部和衛福部及其他相關機關，於本", nil, []string{"教育部和衛福部"}},
		{"two ministries joined are no unit (Japan)", "就日本國內而言，總務省與經產省於 2024 年 4", nil, []string{"總務省與經產省"}},
		{"a country starting with a stop character", "由第一副召集人中國國家工業信息安全發展研究中心報告前次會議", []want{{graph.Agency, "中國國家工業信息安全發展研究中心"}}, []string{"人中國國家工業信息安全發展研究中心", "國國家工業信息安全發展研究中心"}},
		{"a technology before an instrument's head names one", "美國更新於 2025 年 1 月發布之 AI 行動計畫行政命令，強調科技創新。總統川普在新政府上任第三天便發布行政命令，指示聯邦政府制定 AI 行動計畫。該計畫目前正公開徵", []want{{graph.Statement, "AI 行動計畫"}}, nil},
		{"a listed event keeps its year", "- 113年新創採購-照護機構獎勵說明會\n", []want{{graph.Meeting, "113年新創採購-照護機構獎勵說明會"}}, nil},
		{"a competition with its ordinal", " 1. 已辦理第 30 屆大專校院資訊應用服務創新競賽「資料隱私保護創新應用組」，推廣", []want{{graph.Meeting, "第 30 屆大專校院資訊應用服務創新競賽"}}, nil},
		{"a quoted lecture", "- 「跨域數位協作與管理」講座活動\n", []want{{graph.Meeting, "「跨域數位協作與管理」講座活動"}}, nil},
		{"a year and a bare acronym name no meeting", "- 2025 年 APEC 會議\n", nil, []string{"2025 年 APEC 會議"}},
		{"a council of businesses is an organisation", "該晚會亦由亞馬遜網路服務公司 (Amazon Web Services) 及國際理解商業委員會 (Business Council for International Understanding) 協辦", []want{{graph.Organization, "國際理解商業委員會"}}, nil},
		{"a museum is an organisation", "出席聯合國外太空辦公室 9 月 21 日於美國自然歷史博物館舉行之晚會", []want{{graph.Organization, "美國自然歷史博物館"}}, nil},
		{"an English name's first words are no parent", "rnationally. At the Ministry of Digital Affairs, we are act", []want{{graph.Agency, "Ministry of Digital Affairs"}}, []string{"Ministry of Digital"}},
		{"a short quoted topic is no document", "術發展趨勢，預計於 5 月更新指引，增訂「AI 治理」等相關能力內容，未來", nil, []string{"AI 治理"}},
		{"a quoted method is no law", "，採「軟法」機制引導", nil, []string{"軟法"}},
		{"a quoted document after its verb", "心,延續先前已公布之「AI戰略2022」(AI 戦略 2022)", []want{{graph.Statement, "AI戰略2022"}}, nil},
		{"a body's session after its abbreviation", "本次安全與信任指導分組 (STSG) 會議，於 114 年 3 月 5 日下午舉行", []want{{graph.Meeting, "安全與信任指導分組 (STSG) 會議"}}, nil},
		{"a body's meeting room is no meeting", "於數位發展部 (MODA) 會議室舉行", nil, []string{"數位發展部 (MODA) 會議"}},
		{"a country and a bare head", "加劇數位落差與資安風險。對此，韓國倡議應共同推動包容、安全。韓國倡議", nil, []string{"韓國倡議"}},
		{"a kind of procedure", "用逐部審驗及非販賣用自用審驗等審驗規定，以降低廠商及民眾申。審驗規定", nil, []string{"審驗規定"}},
		{"an English head types a name with no Chinese head", " - (4) 為協助我國國防及關鍵產業接軌美國網路安全成熟度模型認證（Cybersecurity Maturity Model Certification, CMMC）", []want{{graph.Statement, "美國網路安全成熟度模型認證"}}, nil},
		{"a draft is no name", "the Draft Programme of the meeting was adopted", nil, []string{"Draft Programme"}},
		{"a Latin name before a speech", "緊接著是北京科技大學工業物聯網 Zhangchao Ma 的演講，分享用於工業", []want{{graph.Person, "Zhangchao Ma"}}, nil},
		{"given name, comma, family name", "第二副召集人為來自韓國的 Jung Eun, Park 女士。本次共有 12 個經濟體出席", []want{{graph.Person, "Jung Eun, Park"}}, []string{"Jung Eun"}},
		{"a body's name before a speech verb is no person", "而 Digital Rights Foundation 表示支持", nil, []string{"Rights Foundation"}},
		{"an EU act with its number", "規範（第 3.3 d、3.3 e、3.3 f 條）授權規則（Commission Delegated Regulation（EU）2022/30），預計於 114 年 8 月 1", []want{{graph.Statement, "Commission Delegated Regulation（EU）2022/30"}}, []string{"Commission Delegated Regulation"}},
		{"a headline is no name", "Productivity Tools: Microsoft 365 Integrates the Office suite with cloud c", nil, []string{"Microsoft 365 Integrates the Office"}},
		{"the after a preposition stays in a name", "the Executive Office of the President announced", []want{{graph.Agency, "Executive Office of the President"}}, nil},
		{"a data centre is a facility", "就人工智慧、衛星通訊、雲端資料中心與資安等議題深入探討，雲端資料中心", nil, []string{"雲端資料中心"}},
		{"a job's field is no name", "- Ravi Sudhakar Kambhampati, Director - AI/ML Business Strategy\n", nil, []string{"ML Business Strategy"}},
		{"plan with its period", "推動國家資通安全發展方案（114年至117年），落實國家資通安全發展方案", []want{{graph.Statement, "國家資通安全發展方案（114年至117年）"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := f.Find(tt.text)

			for _, w := range tt.want {
				ok := false
				for _, m := range ms {
					if m.Type == w.typ && m.Surface == w.surface {
						ok = true
					}
				}
				if !ok {
					t.Errorf("missing %s %q in %v", w.typ, w.surface, surfaces(ms))
				}
			}
			for _, u := range tt.unwant {
				for _, m := range ms {
					if m.Surface == u {
						t.Errorf("unwanted %s %q", m.Type, u)
					}
				}
			}
			for _, m := range ms {
				if m.Start < 0 || m.End > len(tt.text) || m.Start >= m.End || tt.text[m.Start:m.End] != m.Surface {
					t.Errorf("bad span %d:%d %q", m.Start, m.End, m.Surface)
				}
			}
		})
	}
}

func TestFindParentAndCountry(t *testing.T) {
	f := newFinder(t)
	ms := f.Find("數位發展部數位產業署 林俊秀代理署長；日本經濟產業省")
	var gotParent, gotCountry bool
	for _, m := range ms {
		if m.Surface == "數位發展部數位產業署" && m.Parent == "agency:tw-moda" {
			gotParent = true
		}
		if m.Surface == "日本經濟產業省" && m.Country == "country:JP" && m.NameZh == "經濟產業省" {
			gotCountry = true
		}
	}
	if !gotParent || !gotCountry {
		t.Errorf("parent %v, country %v: %+v", gotParent, gotCountry, ms)
	}
}

func surfaces(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = string(m.Type) + ":" + m.Surface
	}
	return out
}

// A name learned in parentheses (AI安全研究所(AI Safety Institute)) is used
// bare later; the learned name covers the technology AI安全 inside it.
func TestMergeLearnedCoversTechnology(t *testing.T) {
	f := newFinder(t)
	text := "AI安全研究所將以既有之法律與監管框架"
	base := f.Find(text)
	got := Merge(base, []Mention{{Start: 0, End: len("AI安全研究所"), Surface: "AI安全研究所", Type: graph.Agency, EntityID: "agency:x", Source: Gazetteer}})
	for _, m := range got {
		if m.Type == graph.Technology && m.Surface == "AI安全" {
			t.Errorf("technology inside the learned name kept: %v", surfaces(got))
		}
	}
	if len(got) == 0 || got[0].Surface != "AI安全研究所" {
		t.Errorf("learned name missing: %v", surfaces(got))
	}
}

// A known name shared by bodies of several countries is the one the text
// defines in parentheses right after it (corpus/000); alone it keeps the
// gazetteer's first reading.
func TestDefinedInParens(t *testing.T) {
	f := newFinder(t)
	tests := []struct{ text, surface, id string }{
		{"國家安全局(National Security Agency, NSA)、聯邦調查局(Federal Bureau of Investigation, FBI)和國家情報總監辦公室", "國家安全局", "agency:us-nsa"},
		{"由國家安全局統籌", "國家安全局", "agency:tw-nsb"},
		{"美國網路安全暨基礎設施安全局(CISA)", "美國網路安全暨基礎設施安全局", "agency:us-cisa"},
	}
	for _, tt := range tests {
		ok := false
		for _, m := range f.Find(tt.text) {
			if m.Surface == tt.surface && m.EntityID == tt.id {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %q as %s", tt.text, tt.surface, tt.id)
		}
	}
}

// appositions name a firm by the Latin word after a class noun; an acronym
// there is a field (企業 AI 指引) and a longer phrase is someone else's.
func TestAppositions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"(IC 設計創業家，前一家創立的公司 Mellanox 被 NVIDIA 以 70 億美元收購)", []string{"Mellanox"}},
		{"澳洲電信業者 Telstra 推出可負擔的預付資費方案", []string{"Telstra"}},
		{"協助業者 AI 轉型，並訂定企業 AI 指引", nil},
		{"包含公司 Chain Reaction 等領導企業", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range appositions(tt.text) {
			got = append(got, m.Surface)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("appositions(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestGenericName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"聯合聲明", true}, {"合作備忘錄", true}, {"國際資安會議", true},
		{"網路安全合作備忘錄", false}, {"第6屆部長會議", false}, {"TELWG 2026 年至 2030 年策略行動計畫", false}, {"數位發展部", false},
	}
	for _, tt := range tests {
		if got := GenericName(tt.name); got != tt.want {
			t.Errorf("GenericName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTitleEnglishName(t *testing.T) {
	f := newFinder(t)
	for _, m := range f.Find("訂定《資訊取得權法》（The Right to Information Act）並") {
		if m.Surface == "資訊取得權法" && m.Name != "The Right to Information Act" {
			t.Errorf("name %q, want the English in parentheses", m.Name)
		}
	}
	for _, m := range f.Find("(1) AI技術:採取「風險基礎方法」(risk-based approach)") {
		if m.Name == "risk-based approach" {
			t.Errorf("a lower-case gloss became the name of %q", m.Surface)
		}
	}
}

// A Chinese remark in a title's parentheses (草案) is no name of the
// document; a Latin abbreviation there is (corpus/002, corpus/004).
func TestTitleParenTail(t *testing.T) {
	f := newFinder(t)
	for _, m := range f.Find("(三) 「公部門人工智慧應用參考手冊(草案)」已於 114 年底完成一年試辦") {
		if m.Type == graph.Statement && (m.Name == "草案" || m.Abbr == "草案") {
			t.Errorf("草案 became a name of %q", m.Surface)
		}
	}
	ok := false
	for _, m := range f.Find("面，秘魯落實「部會多年度策略計畫 (PESEM)」，以「提升") {
		if m.Type == graph.Statement && m.Abbr == "PESEM" {
			ok = true
		}
	}
	if !ok {
		t.Error("PESEM is the plan's abbreviation")
	}
}

// DevDays Asia - 亞洲技術年會 (corpus/001): the Latin name before the dash is
// the event's own name.
func TestDashLatinName(t *testing.T) {
	f := newFinder(t)
	ok := false
	for _, m := range f.Find("ys Asia 亞太技術年會：DevDays Asia - 亞洲技術年會自 2016 年起舉辦，緣起於微軟總部。亞洲技術年會") {
		if m.Surface == "亞洲技術年會" && m.Name == "DevDays Asia" {
			ok = true
		}
	}
	if !ok {
		t.Error("亞洲技術年會 should carry the name DevDays Asia")
	}
}

// 資策會科法所創智中心 (corpus/000): a centre named after known
// organisations is a unit of the last one, named by what follows them.
func TestOrgUnit(t *testing.T) {
	f := newFinder(t)
	ok := false
	for _, m := range f.Find("部門採取一致性的行動。 本文為資策會科法所創智中心完成之著作,非經同意或授權,不得為轉載") {
		if m.Surface == "資策會科法所創智中心" && m.Type == graph.Organization && m.NameZh == "創智中心" && m.Parent == "organization:iii-stli" {
			ok = true
		}
	}
	if !ok {
		t.Error("want the unit 創智中心 of 科法所")
	}
	if p, _ := f.orgUnit("資策會和工研院"); p != "" {
		t.Error("two organisations joined are no unit")
	}
}
