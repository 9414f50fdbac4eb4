/**
 * The SME file's columns as a ministry spreadsheet heads them (Indonesian), in the
 * order the registry exports them: written out once here for the tests and benchmarks
 * that read or write such files.
 */
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
