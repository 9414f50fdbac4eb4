import { defineIndicator } from "./define-indicator";

// Faktor Kondisi, Faktor Umum: the general sub-group of the source's first factor
// group, four indicators worded as in its assessment table. Rubric levels are
// ours: the source names the indicators but gives no scale.

export const factorGeneralIndicators = [
  defineIndicator({
    code: "FC_GEN_LOCATION",
    subGroup: "GENERAL",
    name: ["Lokasi geografis", "Geographic location"],
    description: [
      "Letak sentra terhadap pasar, kota, dan jalur transportasi.",
      "Where the sentra lies relative to markets, towns and transport routes.",
    ],
    rubric: [
      [
        "Terpencil: lebih dari 3 jam ke ibu kota kabupaten, jalan sering terputus saat musim hujan.",
        "Remote: over 3 hours to the regency capital; the road is often cut in the rainy season.",
      ],
      [
        "Jauh: 2–3 jam ke ibu kota kabupaten, angkutan barang tidak teratur.",
        "Distant: 2–3 hours to the regency capital; irregular freight transport.",
      ],
      [
        "Sedang: 1–2 jam ke ibu kota kabupaten, jalan dapat dilalui truk sepanjang tahun.",
        "Moderate: 1–2 hours to the regency capital; road passable by truck all year.",
      ],
      [
        "Baik: kurang dari 1 jam ke kota atau pasar utama, dekat jalan provinsi.",
        "Good: under 1 hour to a main town or market, near a provincial road.",
      ],
      [
        "Strategis: di jalur jalan nasional atau dekat pelabuhan/bandara, kurang dari 1 jam ke kota besar dan pembeli utama.",
        "Strategic: on a national road or near a port or airport, under 1 hour to a city and the main buyers.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    // Location itself cannot be financed; these services make up for distance.
    bdsServices: ["MARKET_ACCESS", "BUSINESS_CONTACT", "INFORMATION"],
    financingChannels: [],
  }),
  defineIndicator({
    code: "FC_GEN_INFRASTRUCTURE",
    subGroup: "GENERAL",
    name: ["Kedekatan infrastruktur", "Proximity of infrastructure"],
    description: [
      "Listrik, air bersih, jalan, sinyal telepon/internet, dan sarana bersama yang dapat dipakai unit usaha.",
      "Electricity, clean water, roads, phone and internet signal, and shared facilities the businesses can use.",
    ],
    rubric: [
      [
        "Listrik PLN belum masuk atau sering padam; tidak ada sinyal internet; air hanya dari sumur atau sungai.",
        "No PLN grid power or frequent outages; no internet signal; water only from wells or the river.",
      ],
      [
        "Listrik rumah tangga (450–900 VA) tanpa daya untuk mesin; sinyal lemah; jalan desa rusak.",
        "Household power only (450–900 VA), too little for machines; weak signal; village road in poor repair.",
      ],
      [
        "Listrik cukup untuk mesin kecil; sinyal 4G di sebagian sentra; jalan desa beraspal.",
        "Power enough for small machines; 4G signal in parts of the sentra; paved village road.",
      ],
      [
        "Daya listrik industri tersedia bila diminta; internet stabil; air bersih perpipaan; ada gudang atau ruang pamer bersama.",
        "Industrial power available on request; stable internet; piped water; a shared warehouse or showroom.",
      ],
      [
        "Lengkap dan andal: listrik tiga fase, internet cepat, air bersih, jalan untuk truk besar, dan UPT atau sarana produksi bersama yang terawat.",
        "Complete and reliable: three-phase power, fast internet, clean water, roads for large trucks, and a maintained shared production facility (UPT).",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["BUSINESS_PROPOSAL", "ORGANISATION_MANAGEMENT", "TECHNOLOGY"],
    financingChannels: [],
  }),
  defineIndicator({
    code: "FC_GEN_ENVIRONMENT",
    subGroup: "GENERAL",
    name: ["Dampak lingkungan", "Environmental impact"],
    description: [
      "Limbah, polusi, dan pemakaian sumber daya oleh produksi sentra serta cara mengelolanya. Level tinggi berarti dampak rendah.",
      "Waste, pollution and resource use by the sentra's production, and how they are handled. A high level means a low impact.",
    ],
    rubric: [
      [
        "Limbah (mis. pewarna batik, air penyamakan kulit) dibuang langsung ke sungai; ada keluhan warga atau teguran pemerintah daerah.",
        "Waste (e.g. batik dye, tannery water) goes straight into the river; residents complain or the local government has issued warnings.",
      ],
      [
        "Dampak nyata tetapi belum dikelola; sebagian unit usaha menyadari masalahnya.",
        "Visible impact but no treatment; some businesses are aware of the problem.",
      ],
      [
        "Sebagian unit mengolah limbah secara sederhana (bak pengendap); dampak berkurang tetapi belum memenuhi baku mutu.",
        "Some businesses treat waste simply (settling tanks); the impact is reduced but not yet within standards.",
      ],
      [
        "IPAL bersama atau pengolahan di tiap unit; sebagian besar memenuhi baku mutu; dokumen lingkungan (SPPL/UKL-UPL) ada.",
        "A shared wastewater plant (IPAL) or treatment in each unit; mostly within standards; environmental documents (SPPL/UKL-UPL) in place.",
      ],
      [
        "Dampak rendah dan terpantau: limbah diolah atau dimanfaatkan ulang, memenuhi baku mutu, dan menjadi nilai jual produk.",
        "Low, monitored impact: waste treated or reused, within standards, and used as a selling point.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["TECHNOLOGY", "CONSULTATION", "TRAINING"],
    // Treatment equipment is a lumpy investment: guaranteed loans fit it.
    financingChannels: ["GUARANTEE"],
  }),
  defineIndicator({
    code: "FC_GEN_LOCAL_ECONOMY",
    subGroup: "GENERAL",
    name: ["Sumbangan terhadap perekonomian lokal", "Contribution to the local economy"],
    description: [
      "Lapangan kerja, pendapatan, dan belanja sentra di ekonomi desa dan kecamatan.",
      "Jobs, income and local spending of the sentra in the village and district economy.",
    ],
    rubric: [
      [
        "Kurang dari 10 unit usaha dan 25 pekerja; sumbangan bagi pendapatan desa kecil sekali.",
        "Fewer than 10 businesses and 25 workers; a negligible share of village income.",
      ],
      [
        "10–30 unit usaha, 25–100 pekerja, terutama keluarga sendiri; pekerjaan sampingan.",
        "10–30 businesses, 25–100 workers, mostly family; a side occupation.",
      ],
      [
        "30–100 unit usaha, 100–300 pekerja; salah satu sumber pendapatan utama desa.",
        "30–100 businesses, 100–300 workers; one of the village's main sources of income.",
      ],
      [
        "Lebih dari 100 unit atau 300 pekerja; menyerap tenaga kerja dari desa sekitar; membeli bahan dan jasa lokal.",
        "Over 100 businesses or 300 workers; employs people from neighbouring villages; buys local materials and services.",
      ],
      [
        "Penggerak ekonomi kecamatan: lebih dari 500 pekerja, menjadi identitas daerah, dan usaha pendukung (angkutan, kemasan, warung) tumbuh di sekitarnya.",
        "The district's economic engine: over 500 workers, a regional identity, and supporting businesses (transport, packaging, food stalls) growing around it.",
      ],
    ],
    weight: 1,
    source: "SOURCE_TABLE",
    bdsServices: ["MARKET_ACCESS", "BUSINESS_CONTACT", "CAPITAL_ACCESS"],
    financingChannels: ["KSP_USP", "LKM"],
  }),
];
