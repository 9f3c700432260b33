#!/usr/bin/env python3
"""Fills the first human translations (menus and the start page) into translations/*.ts.

Run after `update_translations` when these strings change; translators take it from there in
Qt Linguist. Only messages whose source text is listed here are touched."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

T = {
    "&File":        {"es": "&Archivo", "ko": "파일(&F)", "ja": "ファイル(&F)"},
    "&View":        {"es": "&Ver", "ko": "보기(&V)", "ja": "表示(&V)"},
    "&Playback":    {"es": "&Reproducción", "ko": "재생(&P)", "ja": "再生(&P)"},
    "&Help":        {"es": "Ay&uda", "ko": "도움말(&H)", "ja": "ヘルプ(&H)"},
    "&Open…":       {"es": "&Abrir…", "ko": "열기(&O)…", "ja": "開く(&O)…"},
    "Open &Folder…": {"es": "Abrir &carpeta…", "ko": "폴더 열기(&F)…", "ja": "フォルダーを開く(&F)…"},
    "Open &Recent": {"es": "Abrir &reciente", "ko": "최근 항목 열기(&R)", "ja": "最近使った項目(&R)"},
    "&Close Study": {"es": "&Cerrar estudio", "ko": "검사 닫기(&C)", "ja": "検査を閉じる(&C)"},
    "&Quit":        {"es": "&Salir", "ko": "종료(&Q)", "ja": "終了(&Q)"},
    "&Fit to Window": {"es": "&Ajustar a la ventana", "ko": "창에 맞추기(&F)", "ja": "ウィンドウに合わせる(&F)"},
    "Zoom &In":     {"es": "&Acercar", "ko": "확대(&I)", "ja": "拡大(&I)"},
    "Zoom &Out":    {"es": "A&lejar", "ko": "축소(&O)", "ja": "縮小(&O)"},
    "&Play / Pause": {"es": "&Reproducir / pausar", "ko": "재생 / 일시정지(&P)", "ja": "再生 / 一時停止(&P)"},
    "&Next Frame":  {"es": "&Fotograma siguiente", "ko": "다음 프레임(&N)", "ja": "次のフレーム(&N)"},
    "P&revious Frame": {"es": "Fotograma &anterior", "ko": "이전 프레임(&R)", "ja": "前のフレーム(&R)"},
    "&About NerveScope": {"es": "&Acerca de NerveScope", "ko": "NerveScope 정보(&A)", "ja": "NerveScope について(&A)"},
    "Study Information": {"es": "Información del estudio", "ko": "검사 정보", "ja": "検査情報"},
    "Open a study (Ctrl+O) or drop a DICOM, video or image file here": {
        "es": "Abra un estudio (Ctrl+O) o suelte aquí un archivo DICOM, de vídeo o de imagen",
        "ko": "검사를 열거나(Ctrl+O) DICOM, 동영상 또는 이미지 파일을 여기에 끌어다 놓으세요",
        "ja": "検査を開く (Ctrl+O) か、DICOM・動画・画像ファイルをここにドロップしてください"},
    "Open Study…":  {"es": "Abrir estudio…", "ko": "검사 열기…", "ja": "検査を開く…"},
    "Open Folder…": {"es": "Abrir carpeta…", "ko": "폴더 열기…", "ja": "フォルダーを開く…"},
    "Recent studies": {"es": "Estudios recientes", "ko": "최근 검사", "ja": "最近の検査"},
    "Research and teaching software: not a medical device.": {
        "es": "Software de investigación y docencia: no es un producto sanitario.",
        "ko": "연구 및 교육용 소프트웨어이며 의료기기가 아닙니다.",
        "ja": "研究・教育用ソフトウェアであり、医療機器ではありません。"},
}

root = Path(__file__).resolve().parent.parent / "translations"
for ts in sorted(root.glob("nervescope_*.ts")):
    lang = ts.stem.split("_")[1]
    tree = ET.parse(ts)
    filled = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in T and lang in T[src] and tr is not None:
            tr.text = T[src][lang]
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {filled} messages translated")
