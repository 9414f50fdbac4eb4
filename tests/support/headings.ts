/**
 * The import files' columns as a ministry spreadsheet heads them (Indonesian):
 * written out once here for the tests and benchmarks that read or write such files.
 */

/** The SME file, in the order the registry exports it. */
export const SME_HEADINGS_ID = [
  "Nama Usaha",
  "Nama Pemilik",
  "Jenis Kelamin",
  "NIB",
  "Bentuk Usaha",
  "Tahun Mulai",
  "Tenaga Kerja",
  "Omzet per Tahun",
  "Aset",
  "Produk Utama",
  "Subkontrak ke",
  "Telepon",
];

/** The centre (cluster) file, as the brief lists its columns. */
export const CLUSTER_HEADINGS_ID = [
  "Nama Sentra",
  "Komoditas",
  "Kode KBLI",
  "Provinsi",
  "Kabupaten/Kota",
  "Tahun Berdiri",
  "Jumlah Tenaga Kerja",
  "Nilai Produksi (Rp)",
  "Pangsa Ekspor (%)",
  "Bahan Baku Lokal (%)",
  "Narahubung",
  "Telepon",
];
