import { defineIndicator } from "./define-indicator";

// The source's other three factor groups: demand conditions, related and
// supporting industries, competition and cooperation. Nine indicators as in
// its table. The source labels single sub-groups here ("Industri Terkait",
// "Persaingan kerjasama"); a single sub-group adds nothing, so none is modelled.
// Weights: demand counts double because the programme is market driven
// ("berorientasi pada pemenuhan permintaan pasar") and selects clusters first on
// market prospects; competition and cooperation count 1.5 because joint action
// is the point of business clustering. Everything else weighs 1.

export const demandIndicators = [
  defineIndicator({
    code: "DC_TREND",
    name: ["Trend volume permintaan", "Trend of demand volume"],
    description: [
      "Arah perubahan volume penjualan sentra dalam tiga tahun terakhir.",
      "Direction of the sentra's sales volume over the last three years.",
    ],
    rubric: [
      [
        "Turun tajam (lebih dari 10% per tahun); banyak unit berhenti produksi.",
        "Falling sharply (over 10% a year); many businesses have stopped producing.",
      ],
      ["Turun 3–10% per tahun.", "Falling 3–10% a year."],
      ["Stabil (berubah kurang dari 3% per tahun).", "Stable (less than 3% change a year)."],
      ["Naik 3–10% per tahun.", "Rising 3–10% a year."],
      ["Naik lebih dari 10% per tahun; pesanan melebihi kapasitas.", "Rising over 10% a year; orders exceed capacity."],
    ],
    weight: 2,
    source: "SOURCE_TABLE",
    bdsServices: ["MARKET_ACCESS", "BUSINESS_CONTACT", "INFORMATION"],
    financingChannels: [],
  }),
  defineIndicator({
    code: "DC_QUALITY",
    name: ["Kualitas permintaan", "Quality of demand"],
    description: [
      "Seberapa menuntut pembeli sentra (mutu, standar, desain, ketepatan waktu), yang mendorong sentra memperbaiki diri.",
      "How demanding the sentra's buyers are (quality, standards, design, delivery), which pushes the sentra to improve.",
    ],
    rubric: [
      [
        "Hanya pembeli lokal yang mencari harga termurah; tidak ada syarat mutu.",
        "Only local buyers looking for the lowest price; no quality requirements.",
      ],
      [
        "Pedagang perantara dengan syarat mutu longgar; produk dijual tanpa merek.",
        "Intermediary traders with loose quality requirements; products sold unbranded.",
      ],
      [
        "Sebagian penjualan ke toko di kota atau pembeli antardaerah dengan spesifikasi sederhana.",
        "Some sales to urban shops or buyers in other regions with simple specifications.",
      ],
      [
        "Pembeli menuntut mutu dan jadwal (ritel modern, hotel, perusahaan); sebagian produk bermerek dan berizin (PIRT/SNI/halal).",
        "Buyers demand quality and schedules (modern retail, hotels, companies); some products are branded and licensed (PIRT/SNI/halal).",
      ],
      [
        "Pembeli ekspor atau merek nasional dengan standar ketat dan kontrak berulang; masukan pembeli dipakai untuk mengembangkan produk.",
        "Export buyers or national brands with strict standards and repeat contracts; buyer feedback drives product development.",
      ],
    ],
    weight: 2,
    source: "SOURCE_TABLE",
    bdsServices: ["MARKET_ACCESS", "BUSINESS_CONTACT", "TECHNOLOGY", "TRAINING"],
    // Large orders from demanding buyers need guaranteed working capital.
    financingChannels: ["GUARANTEE"],
  }),
];

export const relatedSupportingIndicators = [
  defineIndicator({
    code: "RS_LOCAL_INPUT",
    name: ["Input lokal / penyediaan bahan", "Local inputs / supply of materials"],
    description: [
      "Pemasok lokal bahan penolong, kemasan, alat, dan suku cadang.",
      "Local suppliers of auxiliary materials, packaging, tools and spare parts.",
    ],
    rubric: [
      [
        "Semua bahan penolong dan alat dibeli sendiri-sendiri dari luar kabupaten.",
        "All auxiliary materials and tools are bought individually outside the regency.",
      ],
      ["Satu pemasok lokal dengan pilihan terbatas dan harga tinggi.", "One local supplier with limited choice and high prices."],
      [
        "Beberapa toko atau pemasok lokal, tetapi bahan tertentu masih didatangkan dari luar.",
        "Several local shops or suppliers, but some items still come from outside.",
      ],
      ["Pemasok lokal memadai, bersaing, dan mengantar ke sentra.", "Adequate, competing local suppliers who deliver to the sentra."],
      [
        "Jaringan pemasok lokal lengkap, termasuk pembelian bersama lewat koperasi sentra dengan harga grosir.",
        "A complete local supplier network, including joint purchasing at wholesale prices through the sentra cooperative.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_CONTACT", "ORGANISATION_MANAGEMENT"],
    financingChannels: ["KSP_USP"],
  }),
  defineIndicator({
    code: "RS_GOVERNMENT",
    name: ["Dukungan pemerintah terhadap klaster", "Government support for the cluster"],
    description: [
      "Perhatian, program, dan anggaran pemerintah daerah dan pusat bagi sentra.",
      "Attention, programmes and budget of local and central government for the sentra.",
    ],
    rubric: [
      ["Sentra tidak dikenal dalam program pemerintah daerah.", "The sentra is unknown to local government programmes."],
      [
        "Bantuan sesekali (peralatan, pameran) tanpa rencana lanjutan.",
        "Occasional handouts (equipment, trade fairs) with no follow-up plan.",
      ],
      [
        "Sentra tercantum dalam program dinas dengan kegiatan tahunan.",
        "The sentra is in a government office's programme with yearly activities.",
      ],
      [
        "Sentra menjadi prioritas dalam rencana daerah (RPJMD/Renstra) dengan anggaran multi-tahun dan petugas pendamping.",
        "The sentra is a priority in regional plans (RPJMD/Renstra) with a multi-year budget and an assigned field officer.",
      ],
      [
        "Dukungan terpadu lintas dinas dan pusat (infrastruktur, promosi, perizinan) yang dirancang bersama pelaku usaha sentra.",
        "Integrated support across offices and central government (infrastructure, promotion, licensing) designed with the sentra's businesses.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_PROPOSAL", "ORGANISATION_MANAGEMENT", "INFORMATION"],
    financingChannels: [],
  }),
  defineIndicator({
    code: "RS_LOCAL_BDS",
    name: ["BDS tempatan", "Local BDS"],
    description: [
      "Keberadaan dan mutu penyedia layanan pengembangan bisnis (LPB/BDS) yang melayani sentra.",
      "Presence and quality of business development service providers (LPB/BDS) serving the sentra.",
    ],
    rubric: [
      ["Tidak ada BDS yang menjangkau sentra.", "No BDS provider reaches the sentra."],
      ["BDS dari luar daerah datang sesekali lewat proyek.", "A BDS from outside the region comes occasionally with a project."],
      ["Satu BDS di kabupaten melayani sentra secara tidak teratur.", "One BDS in the regency serves the sentra irregularly."],
      [
        "BDS lokal melayani sentra secara teratur; sebagian pelaku usaha membayar jasanya.",
        "A local BDS serves the sentra regularly; some businesses pay for its services.",
      ],
      [
        "Beberapa BDS lokal terakreditasi dan berjejaring; jasanya dibayar pelaku usaha dan berlanjut tanpa subsidi proyek.",
        "Several accredited, networked local BDS providers; businesses pay for their services, which continue without project subsidy.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["CONSULTATION", "MENTORING", "INFORMATION"],
    financingChannels: ["INCUBATOR"],
  }),
  defineIndicator({
    code: "RS_RESEARCH_TECH",
    name: ["Lembaga ristek", "Research and technology institutions"],
    description: [
      "Hubungan sentra dengan perguruan tinggi, balai riset dan standardisasi, dan lembaga litbang.",
      "Links between the sentra and universities, research and standards centres (balai) and R&D institutions.",
    ],
    rubric: [
      ["Tidak ada hubungan dengan lembaga riset atau perguruan tinggi.", "No contact with research institutions or universities."],
      [
        "Kunjungan atau KKN mahasiswa sesekali tanpa tindak lanjut.",
        "Occasional visits or student community service (KKN) with no follow-up.",
      ],
      [
        "Pernah bekerja sama (uji produk, desain, alat) dengan satu lembaga.",
        "Past cooperation (product testing, design, equipment) with one institution.",
      ],
      [
        "Kerja sama berulang dengan perguruan tinggi atau balai (mis. Balai Besar Kerajinan dan Batik); hasilnya dipakai beberapa unit usaha.",
        "Repeated cooperation with a university or centre (e.g. Balai Besar Kerajinan dan Batik); several businesses use the results.",
      ],
      [
        "Kemitraan tetap: riset bersama, uji laboratorium, dan alih teknologi yang diterapkan luas di sentra.",
        "A standing partnership: joint research, laboratory testing and technology transfer applied widely in the sentra.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["TECHNOLOGY", "BUSINESS_CONTACT", "INFORMATION"],
    financingChannels: ["INCUBATOR", "VENTURE_CAPITAL"],
  }),
  defineIndicator({
    code: "RS_COMMON_INPUT",
    name: ["Industri common input yang kompetitif di daerah sekitar", "Competitive common-input industry nearby"],
    description: [
      "Industri di sekitar yang memasok masukan bersama bagi banyak unit sentra (mis. bengkel mesin, pewarna, cetakan, kemasan, jasa finishing).",
      "Nearby industries supplying inputs that many of the sentra's businesses share (e.g. machine workshops, dyes, moulds, packaging, finishing).",
    ],
    rubric: [
      ["Tidak ada di provinsi; semua didatangkan dari jauh.", "None in the province; everything comes from far away."],
      ["Ada di provinsi tetapi mahal, lambat, atau bermutu rendah.", "Present in the province but costly, slow or of low quality."],
      [
        "Ada di kabupaten dengan mutu dan harga cukup, tetapi pilihannya sedikit.",
        "Present in the regency at acceptable quality and price, but with little choice.",
      ],
      [
        "Beberapa industri pendukung di kabupaten bersaing dalam harga dan mutu.",
        "Several supporting industries in the regency compete on price and quality.",
      ],
      [
        "Industri pendukung kompetitif dekat sentra, melayani cepat dan ikut mengembangkan produk (mis. bengkel yang membuat alat khusus).",
        "Competitive supporting industries close to the sentra, quick to serve and involved in product development (e.g. workshops building purpose-made tools).",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_CONTACT", "TECHNOLOGY", "INFORMATION"],
    financingChannels: ["INCUBATOR"],
  }),
];

export const competitionCooperationIndicators = [
  defineIndicator({
    code: "CC_INTER_CLUSTER",
    name: ["Persaingan antar klaster", "Inter-cluster competition"],
    description: [
      "Posisi sentra dibanding sentra atau klaster lain dan produk impor yang serupa.",
      "The sentra's position against other sentra or clusters and imports of similar products.",
    ],
    rubric: [
      [
        "Kalah bersaing: pasar diambil sentra lain atau impor; hanya bersaing dengan banting harga.",
        "Losing: other sentra or imports take the market; competes only by cutting prices.",
      ],
      [
        "Bertahan di pasar lokal dengan harga rendah; tidak ada keunggulan yang jelas.",
        "Holds the local market at low prices; no clear advantage.",
      ],
      [
        "Setara dengan sentra sejenis; sebagian unit mulai membedakan produk (desain, mutu).",
        "On a par with similar sentra; some businesses are starting to differentiate (design, quality).",
      ],
      [
        "Unggul di pasar regional karena mutu, desain, atau ketepatan pengiriman.",
        "Ahead in regional markets on quality, design or reliable delivery.",
      ],
      [
        "Pemimpin pasar nasional atau ekspor dengan ciri khas yang diakui (merek kolektif, indikasi geografis); persaingan sehat memacu inovasi.",
        "A national or export market leader with recognised distinction (collective brand, geographical indication); healthy rivalry drives innovation.",
      ],
    ],
    weight: 1.5,
    source: "SOURCE_TABLE",
    bdsServices: ["MARKET_ACCESS", "TECHNOLOGY", "CONSULTATION", "TRAINING"],
    financingChannels: ["GUARANTEE", "VENTURE_CAPITAL"],
  }),
  defineIndicator({
    code: "CC_JOINT_ACTION",
    name: ["Kerjasama dan tindakan bersama", "Cooperation and joint action"],
    description: [
      "Kerja sama yang sedang berjalan di antara unit usaha sentra: pembelian, produksi, pemasaran, dan subkontrak.",
      "Ongoing cooperation among the sentra's businesses: purchasing, production, marketing and subcontracting.",
    ],
    rubric: [
      [
        "Unit usaha bekerja sendiri-sendiri, saling curiga, dan saling banting harga.",
        "Businesses work alone, distrust each other and undercut each other's prices.",
      ],
      ["Kerja sama sebatas pinjam alat atau bahan antartetangga.", "Cooperation limited to neighbours lending tools or material."],
      [
        "Ada subkontrak atau pembagian pesanan antarunit, tetapi tidak tetap.",
        "Some subcontracting or order-sharing between businesses, not regular.",
      ],
      [
        "Tindakan bersama yang teratur, mis. pembelian bahan bersama atau stan pameran bersama.",
        "Regular joint action, e.g. joint purchase of materials or a shared trade-fair stand.",
      ],
      [
        "Kerja sama menyeluruh: pemasaran dengan merek bersama, sarana produksi bersama, dan pembagian pesanan besar yang adil.",
        "Broad cooperation: marketing under a shared brand, shared production facilities and fair sharing of large orders.",
      ],
    ],
    weight: 1.5,
    source: "SOURCE_TABLE",
    bdsServices: ["ORGANISATION_MANAGEMENT", "MENTORING", "BUSINESS_CONTACT"],
    financingChannels: ["KSP_USP"],
  }),
];
