package io.github.jixiao.render.docx;

/**
 * The typefaces of the official document style (GB/T 9704), declared by their East Asian names
 * so Word and WPS pick them ({@code w:eastAsia}), each with the name a machine without it falls
 * back to ({@code w:altName} in the font table). Latin text and digits use Times New Roman.
 */
enum Face {
  /** Titles: 方正小标宋简体 (小标宋); 宋体 where it is missing. */
  TITLE("方正小标宋简体", "宋体", "02010600010101010101", 1),
  /** Body text: 仿宋_GB2312; 仿宋 (FangSong) where it is missing. */
  BODY("仿宋_GB2312", "仿宋", "02010609030101010101", 1),
  /** 一级 headings: 黑体 (SimHei). */
  HEI("黑体", "SimHei", "02010609060101010101", 2),
  /** 二级 headings: 楷体_GB2312; 楷体 (KaiTi) where it is missing. */
  KAI("楷体_GB2312", "楷体", "02010609030101010101", 1),
  /** Tables and page numbers: 宋体 (SimSun). */
  SONG("宋体", "SimSun", "02010600030101010101", 1);

  /** Latin letters and digits in every face. */
  static final String LATIN = "Times New Roman";

  final String name;
  final String altName;
  final String panose;
  /** 1: roman (serif), 2: swiss (sans). */
  final int family;

  Face(String name, String altName, String panose, int family) {
    this.name = name;
    this.altName = altName;
    this.panose = panose;
    this.family = family;
  }
}
