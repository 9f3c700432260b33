<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="46" />
        <source>One rater has no contour on this frame.</source>
        <translation type="unfinished">このフレームには一方の評価者の輪郭がありません。</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="54" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">この検査にはキャリブレーションがありません。</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="65" />
        <source>The region's x and y spacing differ; the distance is given in pixels only.</source>
        <translation type="unfinished">この領域は x 方向と y 方向のピクセル間隔が異なるため、距離はピクセル単位でのみ表示します。</translation>
    </message>
</context>
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="71" />
        <source>Held-out phantoms (%1 patients): %2</source>
        <translation type="unfinished">ホールドアウトのファントム (患者 %1 名分): %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="82" />
        <source>Validation: %1 (no held-out figures in the card)</source>
        <translation type="unfinished">検証: %1 (モデルカードにホールドアウトの数値はありません)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ViewWarning.cpp" line="17" />
        <source>The study's series description or view code names its view; each model reads the view it was trained on</source>
        <translation type="unfinished">断面は検査のシリーズ記述またはビューコードから判定します。各モデルは学習時と同じ断面の画像を読み取ります</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <location filename="../core/annotation/ContourStore.cpp" line="63" />
        <source>No contour with id %1.</source>
        <translation type="unfinished">ID %1 の輪郭はありません。</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="28" />
        <source>Add contour</source>
        <translation type="unfinished">輪郭を追加</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="51" />
        <source>Delete contour</source>
        <translation type="unfinished">輪郭を削除</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Move vertices</source>
        <translation type="unfinished">頂点を移動</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Edit contour</source>
        <translation type="unfinished">輪郭を編集</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="112" />
        <source>Set label</source>
        <translation type="unfinished">ラベルを設定</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Approve</source>
        <translation type="unfinished">承認</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Set review status</source>
        <translation type="unfinished">レビュー状態を設定</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="156" />
        <source>Grade</source>
        <translation type="unfinished">グレード</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="50" />
        <source>A grade needs a binary grade, a severity or both.</source>
        <translation type="unfinished">グレードには二値判定 (CTS の有無)、重症度、またはその両方が必要です。</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="54" />
        <source>Severity must be 0 (normal) to 3 (severe).</source>
        <translation type="unfinished">重症度は 0 (正常) ～ 3 (重度) で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="105" />
        <source>No grade with id %1.</source>
        <translation type="unfinished">ID %1 のグレードはありません。</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="43" />
        <source>Interpolation needs two key frames (frames with your manual or corrected contours) with frames between them around frame %1.</source>
        <translation type="unfinished">補間には、フレーム %1 の前後に、間にフレームを挟んだ 2 つのキーフレーム (手動または修正した輪郭のあるフレーム) が必要です。</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="56" />
        <source>Key frames %1 and %2 hold %3 and %4 contours; interpolation needs the same number on both (a bifid nerve is two on each).</source>
        <translation type="unfinished">キーフレーム %1 と %2 の輪郭数はそれぞれ %3 と %4 です。補間には両方で同じ数が必要です (二分神経ではそれぞれ 2 つ)。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="39" />
        <source>not set</source>
        <translation type="unfinished">未設定</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>CTS</source>
        <translation type="unfinished">CTS</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>no CTS</source>
        <translation type="unfinished">CTS なし</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="50" />
        <source>severity %1</source>
        <translation type="unfinished">重症度 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="53" />
        <source>left wrist</source>
        <translation type="unfinished">左手関節</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="55" />
        <source>right wrist</source>
        <translation type="unfinished">右手関節</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="57" />
        <source>%1 wrist</source>
        <translation type="unfinished">手関節 (%1)</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="102" />
        <source>Add contour</source>
        <translation type="unfinished">輪郭を追加</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="104" />
        <source>Edit contour</source>
        <translation type="unfinished">輪郭を編集</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="106" />
        <source>Delete contour</source>
        <translation type="unfinished">輪郭を削除</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="108" />
        <source>Restore contour</source>
        <translation type="unfinished">輪郭を復元</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="110" />
        <source>Relabel contour</source>
        <translation type="unfinished">輪郭のラベルを変更</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="112" />
        <source>Review status</source>
        <translation type="unfinished">レビュー状態</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="114" />
        <source>Grade</source>
        <translation type="unfinished">グレード</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="116" />
        <source>Withdraw grade</source>
        <translation type="unfinished">グレードを取り消し</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="118" />
        <source>Import study</source>
        <translation type="unfinished">検査を取り込み</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="127" />
        <source>%1, %2 points, %3</source>
        <translation type="unfinished">%1、%2 点、%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="130" />
        <source>Vertices: %1 → %2 points</source>
        <translation type="unfinished">頂点: %1 → %2 点</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="133" />
        <source>; source %1 → %2</source>
        <translation type="unfinished">、作成元 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="137" />
        <source>%1, %2 points</source>
        <translation type="unfinished">%1、%2 点</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="139" />
        <source>Label: %1 → %2</source>
        <translation type="unfinished">ラベル: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="142" />
        <source>Status: %1 → %2</source>
        <translation type="unfinished">状態: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="147" />
        <source>Withdrawn: %1</source>
        <translation type="unfinished">取り消し: %1</translation>
    </message>
</context>
<context>
    <name>BaseModel</name>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="16" />
        <source>no base model "%1" (a model name from `models list` or a card path)</source>
        <translation type="unfinished">ベースモデル "%1" がありません (`models list` で表示されるモデル名またはモデルカードのパスを指定してください)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="18" />
        <source>base model: %1</source>
        <translation type="unfinished">ベースモデル: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="29" />
        <source>base model %1 is a %2 model, not %3</source>
        <translation type="unfinished">ベースモデル %1 は %2 モデルであり、%3 ではありません</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="31" />
        <source>base model %1 is a %2, not a %3 (use --arch %2)</source>
        <translation type="unfinished">ベースモデル %1 は %2 であり、%3 ではありません (--arch %2 を指定してください)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="33" />
        <source>base model %1 uses activation %2, not %3</source>
        <translation type="unfinished">ベースモデル %1 の活性化関数は %2 であり、%3 ではありません</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="35" />
        <source>base model %1 takes %2x%3 input, not %4x%5 (use --input %2x%3)</source>
        <translation type="unfinished">ベースモデル %1 の入力は %2x%3 であり、%4x%5 ではありません (--input %2x%3 を指定してください)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="38" />
        <source>base model %1 looks at a %2 mm crop around the nerve, not %3 mm (use --crop-mm %2)</source>
        <translation type="unfinished">ベースモデル %1 は神経周囲 %2 mm の切り出し範囲を見ており、%3 mm ではありません (--crop-mm %2 を指定してください)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="55" />
        <source>cannot load base model %1: %2</source>
        <translation type="unfinished">ベースモデル %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/media/Calibration.cpp" line="72" />
        <source>The image carries no calibration (no ultrasound regions, no pixel spacing).</source>
        <translation type="unfinished">この画像にはキャリブレーション情報 (超音波領域、ピクセル間隔) がありません。</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="87" />
        <source>The measurement crosses ultrasound regions, so it has no single scale.</source>
        <translation type="unfinished">計測が複数の超音波領域にまたがっているため、単一のスケールを適用できません。</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="88" />
        <source>The measurement lies outside every calibrated ultrasound region.</source>
        <translation type="unfinished">計測がキャリブレーション済みのどの超音波領域にも含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="94" />
        <source>Ultrasound region %1 has no spatial calibration (units %2 x %3).</source>
        <translation type="unfinished">超音波領域 %1 には空間キャリブレーションがありません (単位 %2 x %3)。</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="113" />
        <source>not calibrated</source>
        <translation type="unfinished">キャリブレーションなし</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="115" />
        <source>pixel spacing %1 x %2 mm</source>
        <translation type="unfinished">ピクセル間隔 %1 x %2 mm</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="120" />
        <source>%1 ultrasound regions, %2 spatially calibrated</source>
        <translation type="unfinished">超音波領域 %1 個 (うち空間キャリブレーション済み %2 個)</translation>
    </message>
</context>
<context>
    <name>CalibrationOverlay</name>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="104" />
        <source>Region %1: %2 mm/px</source>
        <translation type="unfinished">領域 %1: %2 mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="105" />
        <source>Region %1: no scale</source>
        <translation type="unfinished">領域 %1: スケールなし</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="121" />
        <source>%1 mm</source>
        <translation type="unfinished">%1 mm</translation>
    </message>
</context>
<context>
    <name>CaseEvaluation</name>
    <message>
        <location filename="../inference/training/CaseEvaluation.cpp" line="100" />
        <source>judging %1 validation frames</source>
        <translation type="unfinished">検証フレーム %1 枚を判定中</translation>
    </message>
    <message>
        <location filename="../inference/training/CaseEvaluation.cpp" line="114" />
        <source>%1 is a %2 model, not %3</source>
        <translation type="unfinished">%1 は %2 モデルであり、%3 ではありません</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="31" />
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation type="unfinished">%1 に書き込めません (ディスクの空き容量は十分ですか): %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="36" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">%1 を所定の場所に移動できません</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="51" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="60" />
        <source>cannot serialise the checkpoint: %1</source>
        <translation type="unfinished">チェックポイントをシリアル化できません: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="81" />
        <source>checkpoint %1 is damaged (no run state)</source>
        <translation type="unfinished">チェックポイント %1 は破損しています (実行状態がありません)</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="86" />
        <source>cannot read checkpoint %1: %2</source>
        <translation type="unfinished">チェックポイント %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="97" />
        <source>cannot serialise the weights: %1</source>
        <translation type="unfinished">重みをシリアル化できません: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="109" />
        <source>cannot read weights %1: %2</source>
        <translation type="unfinished">重み %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="14" />
        <source>GPU (CUDA, %n device(s))</source>
        <translation type="unfinished">
            <numerusform>GPU (CUDA、%n 台)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="15" />
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform>CPU、%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../inference/ComputeDevice.cpp" line="16" />
        <source>%1, bfloat16</source>
        <translation type="unfinished">%1、bfloat16</translation>
    </message>
</context>
<context>
    <name>DatasetManifest</name>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="23" />
        <source>dataset folder %1 does not exist</source>
        <translation type="unfinished">データセットフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="25" />
        <source>%1 has no readable manifest.json (make one with `nervescope-cli dataset synth`)</source>
        <translation type="unfinished">%1 に読み取り可能な manifest.json がありません (`nervescope-cli dataset synth` で作成できます)</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="29" />
        <source>%1: manifest.json is not valid JSON: %2</source>
        <translation type="unfinished">%1: manifest.json が有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="58" />
        <source>%1: image %2 is missing</source>
        <translation type="unfinished">%1: 画像 %2 がありません</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="62" />
        <source>%1: the manifest lists no frames</source>
        <translation type="unfinished">%1: マニフェストにフレームが記載されていません</translation>
    </message>
</context>
<context>
    <name>DicomExport</name>
    <message>
        <location filename="../core/export/dicom/DicomDeidentifier.cpp" line="192" />
        <source>no export key: cannot de-identify</source>
        <translation type="unfinished">エクスポートキーがないため、匿名化できません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="51" />
        <source>cannot decompress the image to black out burned-in text (transfer syntax not supported)</source>
        <translation type="unfinished">焼き込み文字を黒塗りするための画像の展開ができません (転送構文が未対応です)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="63" />
        <source>cannot black out pixels of %1-bit images</source>
        <translation type="unfinished">%1 ビットの画像はピクセルを黒塗りできません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="67" />
        <source>the file has no pixel data to black out</source>
        <translation type="unfinished">ファイルに黒塗りするピクセルデータがありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="70" />
        <source>cannot read the pixel data to black out</source>
        <translation type="unfinished">黒塗りするピクセルデータを読み込めません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="74" />
        <source>the pixel data is shorter than the header says</source>
        <translation type="unfinished">ピクセルデータがヘッダーの記載より短くなっています</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="44" />
        <source>the mask of frame %1 is %2x%3 pixels but the image is %4x%5</source>
        <translation type="unfinished">フレーム %1 のマスクは %2x%3 ピクセルですが、画像は %4x%5 です</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="54" />
        <source>frame %1 has neither a mask nor a contour</source>
        <translation type="unfinished">フレーム %1 にはマスクも輪郭もありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="74" />
        <source>%1 has no annotated frame to export</source>
        <translation type="unfinished">%1 にはエクスポートできるアノテーション済みフレームがありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="76" />
        <source>Writing DICOM SEG for %1</source>
        <translation type="unfinished">%1 の DICOM SEG を書き出し中</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="102" />
        <source>frame %1 does not exist in %2 (%3 frames)</source>
        <translation type="unfinished">フレーム %1 は %2 に存在しません (%3 フレーム)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="107" />
        <source>frame %1 is listed twice</source>
        <translation type="unfinished">フレーム %1 が重複して指定されています</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="131" />
        <source>cannot start the segmentation: %1</source>
        <translation type="unfinished">セグメンテーションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="179" />
        <source>cannot describe the segment: %1</source>
        <translation type="unfinished">セグメントを記述できません: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="184" />
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="122" />
        <source>export cancelled</source>
        <translation type="unfinished">エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="209" />
        <source>cannot add frame %1 to the segmentation: %2</source>
        <translation type="unfinished">フレーム %1 をセグメンテーションに追加できません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="223" />
        <source>the segmentation is not valid DICOM: %1</source>
        <translation type="unfinished">セグメンテーションが有効な DICOM ではありません: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="64" />
        <source>cannot read %1 as DICOM: %2</source>
        <translation type="unfinished">%1 を DICOM として読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="75" />
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="82" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="99" />
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="110" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="120" />
        <source>cannot write %1</source>
        <translation type="unfinished">%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="82" />
        <source>%1 has no frame with a calibrated nerve area, so there is nothing to report</source>
        <translation type="unfinished">%1 にはキャリブレーション済みの神経面積を持つフレームがないため、報告する内容がありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="87" />
        <source>Writing DICOM SR for %1</source>
        <translation type="unfinished">%1 の DICOM SR を書き出し中</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="117" />
        <source>cannot start the measurement report: %1</source>
        <translation type="unfinished">計測レポートを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="126" />
        <source>frame %1 does not exist in %2</source>
        <translation type="unfinished">フレーム %1 は %2 に存在しません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="154" />
        <source>cannot add the area of frame %1: %2</source>
        <translation type="unfinished">フレーム %1 の面積を追加できません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="176" />
        <source>the measurement report is not valid DICOM: %1</source>
        <translation type="unfinished">計測レポートが有効な DICOM ではありません: %1</translation>
    </message>
</context>
<context>
    <name>DicomFrameSource</name>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="84" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1 を開けません: %2。</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="101" />
        <source>floating-point pixel data is not supported</source>
        <translation type="unfinished">浮動小数点のピクセルデータには対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="103" />
        <source>it holds no image (no pixel data)</source>
        <translation type="unfinished">画像が含まれていません (ピクセルデータなし)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="104" />
        <source>it holds no image (it is a %1 object)</source>
        <translation type="unfinished">画像が含まれていません (%1 オブジェクトです)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="109" />
        <source>its pixel data element is malformed</source>
        <translation type="unfinished">ピクセルデータ要素が不正です</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="141" />
        <source>the image size (Rows, Columns) is missing</source>
        <translation type="unfinished">画像サイズ (Rows, Columns) がありません</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="154" />
        <source>its compressed pixel data is malformed</source>
        <translation type="unfinished">圧縮ピクセルデータが不正です</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="168" />
        <source>its transfer syntax %1 (%2) is not supported</source>
        <translation type="unfinished">転送構文 %1 (%2) には対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="175" />
        <source>its transfer syntax %1 is not supported</source>
        <translation type="unfinished">転送構文 %1 には対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="189" />
        <source>its pixel data is compressed although the transfer syntax says it is not</source>
        <translation type="unfinished">転送構文は非圧縮ですが、ピクセルデータが圧縮されています</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="193" />
        <source>its pixel data holds %1 bytes, %2 frames of %3 x %4 need %5 (the file may be truncated)</source>
        <translation type="unfinished">ピクセルデータは %1 バイトですが、%3 x %4 の %2 フレームには %5 バイト必要です (ファイルが途中で切れている可能性があります)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="199" />
        <source>the file is truncated inside its pixel data</source>
        <translation type="unfinished">ファイルがピクセルデータの途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="223" />
        <source>High-Throughput JPEG 2000</source>
        <translation type="unfinished">High-Throughput JPEG 2000</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="248" />
        <source>Frame %1 of %2 could not be decoded: %3.</source>
        <translation type="unfinished">フレーム %1 / %2 をデコードできません: %3。</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="250" />
        <source>unknown error</source>
        <translation type="unfinished">不明なエラー</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="273" />
        <source>its pixel data cannot be read (the file may be truncated)</source>
        <translation type="unfinished">ピクセルデータを読み込めません (ファイルが途中で切れている可能性があります)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="285" />
        <source>the frame size cannot be determined</source>
        <translation type="unfinished">フレームサイズを判定できません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="41" />
        <source>the file does not exist</source>
        <translation type="unfinished">ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="45" />
        <source>it is a folder, not a DICOM file</source>
        <translation type="unfinished">DICOM ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="49" />
        <source>the file is empty</source>
        <translation type="unfinished">ファイルが空です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="53" />
        <source>permission denied</source>
        <translation type="unfinished">アクセス権がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="65" />
        <source>the file is truncated (it ends in the middle of an element)</source>
        <translation type="unfinished">ファイルが途中で切れています (要素の途中で終わっています)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="67" />
        <source>the file is damaged (%1)</source>
        <translation type="unfinished">ファイルが破損しています (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="79" />
        <source>it is not a DICOM file</source>
        <translation type="unfinished">DICOM ファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM image</source>
        <translation type="unfinished">DICOM 画像</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM (SOP class %1)</source>
        <translation type="unfinished">DICOM (SOP クラス %1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="108" />
        <source>%1 (retired)</source>
        <translation type="unfinished">%1 (廃止)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="163" />
        <source>Patient name</source>
        <translation type="unfinished">患者氏名</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="164" />
        <location filename="../core/workspace/StudyStore.cpp" line="61" />
        <source>Patient ID</source>
        <translation type="unfinished">患者 ID</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="165" />
        <source>Study date</source>
        <translation type="unfinished">検査日</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="166" />
        <source>Study description</source>
        <translation type="unfinished">検査記述</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="167" />
        <source>Series description</source>
        <translation type="unfinished">シリーズ記述</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="168" />
        <source>Modality</source>
        <translation type="unfinished">モダリティ</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="169" />
        <source>Manufacturer</source>
        <translation type="unfinished">製造元</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="105" />
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="170" />
        <source>Model</source>
        <translation type="unfinished">装置モデル</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="171" />
        <source>Transducer</source>
        <translation type="unfinished">探触子</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="172" />
        <source>Body part</source>
        <translation type="unfinished">部位</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="173" />
        <source>View</source>
        <translation type="unfinished">断面</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="177" />
        <source>Side</source>
        <translation type="unfinished">左右</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="174" />
        <source>left</source>
        <translation type="unfinished">左</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="175" />
        <source>right</source>
        <translation type="unfinished">右</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="178" />
        <source>SOP Class</source>
        <translation type="unfinished">SOP クラス</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="179" />
        <source>Transfer syntax</source>
        <translation type="unfinished">転送構文</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="180" />
        <source>Photometric</source>
        <translation type="unfinished">Photometric Interpretation</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="181" />
        <source>Frames</source>
        <translation type="unfinished">フレーム数</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>Size</source>
        <translation type="unfinished">サイズ</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>Bits</source>
        <translation type="unfinished">ビット</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>%1 stored of %2 allocated, %3</source>
        <translation type="unfinished">格納 %1 / 割り当て %2、%3</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>signed</source>
        <translation type="unfinished">符号付き</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>unsigned</source>
        <translation type="unfinished">符号なし</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>Frame rate</source>
        <translation type="unfinished">フレームレート</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>%1 frames/s</source>
        <translation type="unfinished">%1 フレーム/秒</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>not given</source>
        <translation type="unfinished">記載なし</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="188" />
        <source>Calibration</source>
        <translation type="unfinished">キャリブレーション</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="190" />
        <source>Window</source>
        <translation type="unfinished">ウィンドウ</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="191" />
        <source>centre %1, width %2</source>
        <translation type="unfinished">レベル %1、幅 %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="42" />
        <source>the compressed pixel data holds no fragments</source>
        <translation type="unfinished">圧縮ピクセルデータにフラグメントがありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="51" />
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="104" />
        <source>fragment %1 of the compressed pixel data is unreadable</source>
        <translation type="unfinished">圧縮ピクセルデータのフラグメント %1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="93" />
        <source>the compressed pixel data holds %1 fragments for %2 frames</source>
        <translation type="unfinished">圧縮ピクセルデータには %2 フレームに対して %1 個のフラグメントがあります</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="109" />
        <source>cannot tell which of the %1 fragments belong to which of the %2 frames</source>
        <translation type="unfinished">%1 個のフラグメントが %2 フレームのどれに属するか判別できません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="125" />
        <source>the offset table points between fragments</source>
        <translation type="unfinished">オフセットテーブルがフラグメントの境界以外を指しています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="128" />
        <source>the offset table is not in ascending order</source>
        <translation type="unfinished">オフセットテーブルが昇順になっていません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="149" />
        <source>fragment %1 is missing</source>
        <translation type="unfinished">フラグメント %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="154" />
        <source>the frame's compressed data is empty or too large</source>
        <translation type="unfinished">フレームの圧縮データが空か、大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="162" />
        <source>the compressed data of the frame cannot be read (the file may be truncated)</source>
        <translation type="unfinished">フレームの圧縮データを読み込めません (ファイルが途中で切れている可能性があります)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="101" />
        <source>the fragment does not start with a JPEG 2000 codestream</source>
        <translation type="unfinished">フラグメントが JPEG 2000 コードストリームで始まっていません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="105" />
        <source>OpenJPEG could not create a decoder</source>
        <translation type="unfinished">OpenJPEG がデコーダーを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="113" />
        <source>OpenJPEG rejected the decoder parameters</source>
        <translation type="unfinished">OpenJPEG がデコーダーのパラメーターを受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="118" />
        <source>OpenJPEG could not create a stream</source>
        <translation type="unfinished">OpenJPEG がストリームを作成できませんでした</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="129" />
        <source>the JPEG 2000 header is damaged (%1)</source>
        <translation type="unfinished">JPEG 2000 のヘッダーが破損しています (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="131" />
        <source>the JPEG 2000 codestream is damaged (%1)</source>
        <translation type="unfinished">JPEG 2000 のコードストリームが破損しています (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="135" />
        <source>the JPEG 2000 frame has %1 components, %2 expected</source>
        <translation type="unfinished">JPEG 2000 フレームのコンポーネント数が %1 です (想定は %2)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="139" />
        <source>the JPEG 2000 frame has no data for component %1</source>
        <translation type="unfinished">JPEG 2000 フレームにコンポーネント %1 のデータがありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="141" />
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation type="unfinished">JPEG 2000 フレームは %1 x %2 ですが、ヘッダーでは %3 x %4 となっています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="47" />
        <source>a discrete segment runs past the end of the data</source>
        <translation type="unfinished">離散セグメントがデータの末尾を越えています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="53" />
        <source>a linear segment has no previous entry to start from</source>
        <translation type="unfinished">線形セグメントの開始値となる直前のエントリーがありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="55" />
        <source>a linear segment has no end value</source>
        <translation type="unfinished">線形セグメントに終了値がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="64" />
        <source>an indirect segment comes first</source>
        <translation type="unfinished">先頭に間接セグメントがあります</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="66" />
        <source>an indirect segment points at another indirect segment</source>
        <translation type="unfinished">間接セグメントが別の間接セグメントを参照しています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="72" />
        <location filename="../core/media/dicom/PaletteLut.cpp" line="77" />
        <source>an indirect segment is cut short</source>
        <translation type="unfinished">間接セグメントが途中で切れています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="84" />
        <source>an indirect segment points past the end of the data</source>
        <translation type="unfinished">間接セグメントがデータの末尾より先を参照しています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="90" />
        <source>unknown segment type %1</source>
        <translation type="unfinished">不明なセグメント種別 %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="179" />
        <source>the %1 palette colour lookup table descriptor is missing</source>
        <translation type="unfinished">%1 パレットカラー LUT の記述子がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="194" />
        <source>the %1 palette colour lookup table is shorter than its descriptor says</source>
        <translation type="unfinished">%1 パレットカラー LUT が記述子の記載より短くなっています</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="207" />
        <source>the segmented %1 palette cannot be expanded: %2</source>
        <translation type="unfinished">セグメント化された %1 パレットを展開できません: %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="208" />
        <source>it is empty</source>
        <translation type="unfinished">空です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="213" />
        <source>the %1 palette colour lookup table data is missing</source>
        <translation type="unfinished">%1 パレットカラー LUT のデータがありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="231" />
        <source>the %1 palette colour lookup table is empty</source>
        <translation type="unfinished">%1 パレットカラー LUT が空です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="193" />
        <source>the image has no rows or columns</source>
        <translation type="unfinished">画像の行数または列数が 0 です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="195" />
        <source>a %1 x %2 frame with %3 samples per pixel is too large</source>
        <translation type="unfinished">1 ピクセルあたり %3 サンプルの %1 x %2 フレームは大きすぎます</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="200" />
        <source>%1-bit pixel data is not supported (only 1-, 8- and 16-bit)</source>
        <translation type="unfinished">%1 ビットのピクセルデータには対応していません (1、8、16 ビットのみ)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="202" />
        <source>Bits Stored (%1) does not fit in Bits Allocated (%2)</source>
        <translation type="unfinished">Bits Stored (%1) が Bits Allocated (%2) に収まりません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="204" />
        <source>High Bit (%1) does not fit Bits Stored (%2)</source>
        <translation type="unfinished">High Bit (%1) が Bits Stored (%2) と合いません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="209" />
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="216" />
        <source>%1 with %2 samples per pixel is not valid</source>
        <translation type="unfinished">1 ピクセルあたり %2 サンプルの %1 は無効です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="211" />
        <source>1-bit palette colour is not supported</source>
        <translation type="unfinished">1 ビットのパレットカラーには対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="218" />
        <source>1-bit colour is not supported</source>
        <translation type="unfinished">1 ビットのカラーには対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="220" />
        <source>YBR_FULL_422 needs an even number of pixels and colour-by-pixel order</source>
        <translation type="unfinished">YBR_FULL_422 には偶数のピクセル数とピクセル単位の色配列 (colour-by-pixel) が必要です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="224" />
        <source>the Photometric Interpretation is missing</source>
        <translation type="unfinished">Photometric Interpretation がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="225" />
        <source>the photometric interpretation %1 is not supported</source>
        <translation type="unfinished">Photometric Interpretation %1 には対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="240" />
        <source>the frame holds %1 bytes, %2 expected</source>
        <translation type="unfinished">フレームは %1 バイトですが、%2 バイトが必要です</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="251" />
        <source>the palette colour lookup tables are missing</source>
        <translation type="unfinished">パレットカラー LUT がありません</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="261" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">%1 x %2 のフレームに必要なメモリーが不足しています</translation>
    </message>
</context>
<context>
    <name>DisplayFrames</name>
    <message>
        <location filename="../core/media/DisplayFrames.cpp" line="16" />
        <source>frame %1: %2</source>
        <translation type="unfinished">フレーム %1: %2</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="22" />
        <source>evaluation cancelled</source>
        <translation type="unfinished">評価をキャンセルしました</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="49" />
        <source>none of the %1 %2-split frames of the %3 view in %4 has a %5 to score %6 against</source>
        <translation type="unfinished">%4 の %3 断面の %2 分割フレーム %1 枚のいずれにも、%6 を採点するための %5 がありません</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>CTS label</source>
        <translation type="unfinished">CTS ラベル</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>severity grade</source>
        <translation type="unfinished">重症度グレード</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="134" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="140" />
        <source>scored %1 of %2 frames</source>
        <translation type="unfinished">%2 フレーム中 %1 フレームを採点しました</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="168" />
        <source>graded %1 of %2 frames</source>
        <translation type="unfinished">%2 フレーム中 %1 フレームを判定しました</translation>
    </message>
    <message>
        <location filename="../inference/Evaluation.cpp" line="157" />
        <location filename="../inference/ModelComparison.cpp" line="271" />
        <source>the nerve was found in none of the %1 frames, so none could be graded</source>
        <translation type="unfinished">%1 フレームのいずれでも神経が見つからなかったため、判定できませんでした</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="56" />
        <source>%1 has no %2-split frames of the %3 view to evaluate %4 on</source>
        <translation type="unfinished">%1 には %4 を評価するための %3 断面の %2 分割フレームがありません</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="235" />
        <source>%1 is a %2 model and %3 a %4 model: only models of one task can be compared</source>
        <translation type="unfinished">%1 は %2 モデル、%3 は %4 モデルです。比較できるのは同じタスクのモデル同士のみです</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="240" />
        <source>%1 reads the %2 view and %3 the %4 view: choose one with --view</source>
        <translation type="unfinished">%1 は %2 断面、%3 は %4 断面を読み取ります。--view でいずれかを選択してください</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="22" />
        <source>Occlusion sensitivity</source>
        <translation type="unfinished">遮蔽感度</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="23" />
        <source>LIME (superpixels)</source>
        <translation type="unfinished">LIME (スーパーピクセル)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="24" />
        <source>Grad-CAM (coarse)</source>
        <translation type="unfinished">Grad-CAM (粗い)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="76" />
        <source>mean P = %1</source>
        <translation type="unfinished">平均 P = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="77" />
        <source>P = %1</source>
        <translation type="unfinished">P = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="79" />
        <source>mean log-odds %1</source>
        <translation type="unfinished">平均対数オッズ %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="80" />
        <source>log-odds %1 (P = %2)</source>
        <translation type="unfinished">対数オッズ %1 (P = %2)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="53" />
        <source>model %1 (%2) cannot be explained: it is neither a segmentation model nor a CTS classifier</source>
        <translation type="unfinished">モデル %1 (%2) は説明できません: セグメンテーションモデルでも CTS 分類モデルでもありません</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="133" />
        <source>class %1 does not exist: model %2 has %3 classes (%4)</source>
        <translation type="unfinished">クラス %1 は存在しません: モデル %2 のクラスは %3 個です (%4)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="93" />
        <source>an empty frame cannot be explained</source>
        <translation type="unfinished">空のフレームは説明できません</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="65" />
        <source>model %1 looks at a crop around the nerve and needs a segmentation model to find it: %2</source>
        <translation type="unfinished">モデル %1 は神経周囲の切り出し範囲を見るため、神経の検出にセグメンテーションモデルが必要です: %2</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="100" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">神経の検出に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="103" />
        <source>%1 found no nerve on this frame, so there is no crop for %2 to explain</source>
        <translation type="unfinished">%1 はこのフレームで神経を検出しなかったため、%2 で説明する切り出し範囲がありません</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="182" />
        <source>Scoring the frame…</source>
        <translation type="unfinished">フレームを評価中…</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="218" />
        <source>Grad-CAM done</source>
        <translation type="unfinished">Grad-CAM 完了</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="227" />
        <source>explanation failed: %1</source>
        <translation type="unfinished">説明の生成に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="84" />
        <source>cannot write %1 (is the folder writable and the suffix an image format?)</source>
        <translation type="unfinished">%1 に書き込めません (フォルダーに書き込み権限があり、拡張子が画像形式か確認してください)</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="109" />
        <source>cannot write the float TIFF %1</source>
        <translation type="unfinished">浮動小数点 TIFF %1 を書き込めません</translation>
    </message>
    <message>
        <location filename="../inference/explain/Lime.cpp" line="148" />
        <source>LIME: %1 of %2 samples</source>
        <translation type="unfinished">LIME: %2 サンプル中 %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/Occlusion.cpp" line="50" />
        <source>Occlusion: %1 of %2 windows</source>
        <translation type="unfinished">遮蔽: %2 ウィンドウ中 %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/GradCam.cpp" line="82" />
        <source>Grad-CAM is not offered for this model; use occlusion or LIME</source>
        <translation type="unfinished">このモデルでは Grad-CAM を使用できません。遮蔽感度または LIME を使用してください</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Blackout.cpp" line="33" />
        <source>blackout must be outside-regions or X,Y,W,H in pixels (got "%1")</source>
        <translation type="unfinished">黒塗りは outside-regions またはピクセル単位の X,Y,W,H で指定してください (指定値: "%1")</translation>
    </message>
    <message>
        <location filename="../core/export/Blackout.cpp" line="50" />
        <source>the source has no ultrasound regions, so "outside the regions" is unknown (use a rectangle instead)</source>
        <translation type="unfinished">元画像に超音波領域がないため、「領域外」を特定できません (代わりに矩形を指定してください)</translation>
    </message>
    <message>
        <location filename="../core/export/CocoWriter.cpp" line="20" />
        <location filename="../core/export/NnUnetWriter.cpp" line="21" />
        <location filename="../core/export/PngDatasetWriter.cpp" line="46" />
        <source>cannot create folders in %1</source>
        <translation type="unfinished">%1 にフォルダーを作成できません</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="59" />
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="35" />
        <location filename="../core/export/StudyFrames.cpp" line="60" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="117" />
        <source>Cancelled.</source>
        <translation type="unfinished">キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="64" />
        <source>writing frame %1 of %2</source>
        <translation type="unfinished">フレーム %1 / %2 を書き出し中</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="51" />
        <source>The workspace has no study with id %1.</source>
        <translation type="unfinished">ワークスペースに ID %1 の検査はありません。</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="62" />
        <source>reading study %1</source>
        <translation type="unfinished">検査 %1 を読み込み中</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="101" />
        <location filename="../core/export/StudyFrames.cpp" line="19" />
        <source>Study %1 cannot be opened: %2</source>
        <translation type="unfinished">検査 %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="122" />
        <source>studies read</source>
        <translation type="unfinished">検査を読み込みました</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="34" />
        <source>%1 already exists and is not an empty folder; choose a new output folder</source>
        <translation type="unfinished">%1 は既に存在し、空のフォルダーではありません。新しい出力先フォルダーを選択してください</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="40" />
        <source>cannot create %1 (is the folder writable?)</source>
        <translation type="unfinished">%1 を作成できません (フォルダーに書き込み権限がありますか)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="50" />
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished">%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="59" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="67" />
        <source>cannot write %1: %2 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1 に書き込めません: %2 (ディスクの空き容量不足か、読み取り専用の可能性があります)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportPlan.cpp" line="19" />
        <source>split fractions must be train &gt; 0, val and test &gt;= 0 and add up to 1 (got %1/%2/%3)</source>
        <translation type="unfinished">分割比率は train &gt; 0、val と test &gt;= 0 で、合計 1 にしてください (指定値: %1/%2/%3)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="65" />
        <source>nothing to export: no contours match the selection in %1</source>
        <translation type="unfinished">エクスポートするものがありません: %1 で選択条件に一致する輪郭がありません</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="73" />
        <source>nothing to export: none of the %1 stud(ies) with matching contours is a DICOM file (%2 needs DICOM sources; use png, coco or nnunet for videos and images)</source>
        <translation type="unfinished">エクスポートするものがありません: 条件に一致する輪郭を持つ %1 件の検査はいずれも DICOM ファイルではありません (%2 には DICOM のソースが必要です。動画や画像には png、coco、nnunet を使用してください)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="106" />
        <source>done</source>
        <translation type="unfinished">完了</translation>
    </message>
    <message>
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="38" />
        <source>measuring study %1</source>
        <translation type="unfinished">検査 %1 を計測中</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="32" />
        <source>Study %1, %2</source>
        <translation type="unfinished">検査 %1、%2</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="42" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="142" />
        <source>Study %1: %2</source>
        <translation type="unfinished">検査 %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="60" />
        <source>study %1 skipped: its source is a %2, not DICOM, so there is no image a DICOM object could reference</source>
        <translation type="unfinished">検査 %1 をスキップしました: ソースが DICOM ではなく %2 のため、DICOM オブジェクトが参照できる画像がありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="134" />
        <source>study %1 (rater %2) skipped: no calibrated nerve area to report</source>
        <translation type="unfinished">検査 %1 (評価者 %2) をスキップしました: 報告できるキャリブレーション済みの神経面積がありません</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="150" />
        <source>nothing to export: no DICOM study has a calibrated nerve area for a measurement report</source>
        <translation type="unfinished">エクスポートするものがありません: 計測レポートに使えるキャリブレーション済みの神経面積を持つ DICOM 検査がありません</translation>
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="15" />
        <source>Frame %1 does not exist (the study has %2 frames).</source>
        <translation type="unfinished">フレーム %1 は存在しません (この検査のフレーム数は %2 です)。</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="31" />
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished">フレーム %1 をデコードできませんでした。</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="45" />
        <source>The scan was cancelled.</source>
        <translation type="unfinished">スキャンをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="55" />
        <source>Checked frame %1 of %2</source>
        <translation type="unfinished">フレーム %1 / %2 を確認しました</translation>
    </message>
</context>
<context>
    <name>GradeLabel</name>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="11" />
        <source>normal</source>
        <translation type="unfinished">正常</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="12" />
        <source>mild CTS</source>
        <translation type="unfinished">軽度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="13" />
        <source>moderate CTS</source>
        <translation type="unfinished">中等度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="14" />
        <source>severe CTS</source>
        <translation type="unfinished">重度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>CTS</source>
        <translation type="unfinished">CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>no CTS</source>
        <translation type="unfinished">CTS なし</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="26" />
        <source>left wrist</source>
        <translation type="unfinished">左手関節</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="28" />
        <source>right wrist</source>
        <translation type="unfinished">右手関節</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <location filename="../inference/Grader.cpp" line="51" />
        <source>model %1 is a %2 model, not a CTS classifier</source>
        <translation type="unfinished">モデル %1 は %2 モデルであり、CTS 分類モデルではありません</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="60" />
        <source>model %1 grades a %2 mm crop around the nerve and needs a segmentation model to find it: %3</source>
        <translation type="unfinished">モデル %1 は神経周囲 %2 mm の切り出し範囲を判定するため、神経の検出にセグメンテーションモデルが必要です: %3</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="95" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">神経の検出に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="102" />
        <source>an empty frame cannot be graded</source>
        <translation type="unfinished">空のフレームは判定できません</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="116" />
        <source>model %1: %2</source>
        <translation type="unfinished">モデル %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="127" />
        <source>grading failed: %1</source>
        <translation type="unfinished">判定に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="13" />
        <source>About NerveScope</source>
        <translation type="unfinished">NerveScope について</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="15" />
        <source>&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;View, contour and grade median-nerve ultrasound; train and explain segmentation and carpal tunnel syndrome grading models.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;正中神経超音波画像の表示、輪郭描出、グレード判定を行い、セグメンテーションモデルと手根管症候群の重症度判定モデルの学習と説明を行うソフトウェアです。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="20" />
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope is not a medical device.&lt;/b&gt; Its synthetic default models are not clinically validated; do not use it for diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;GNU General Public License バージョン 3 以降 (GPL-3.0-or-later) の下でライセンスされています。無保証です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope は医療機器ではありません。&lt;/b&gt;付属の合成データによる既定モデルは臨床的に検証されていません。診断には使用しないでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="36" />
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Mouse: the wheel zooms around the cursor, drag or middle-drag pans, right-drag changes the window (horizontal) and the level (vertical).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;マウス: ホイールでカーソル位置を中心に拡大縮小、ドラッグまたは中ボタンドラッグで移動、右ドラッグでウィンドウ幅 (左右) とウィンドウレベル (上下) を調整します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished">キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="27" />
        <location filename="../core/media/ImageFrameSource.cpp" line="52" />
        <source>the file does not exist</source>
        <translation type="unfinished">ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="28" />
        <location filename="../core/media/ImageFrameSource.cpp" line="56" />
        <source>the file cannot be read</source>
        <translation type="unfinished">ファイルを読み込めません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="29" />
        <source>it is not an image format NerveScope can read</source>
        <translation type="unfinished">NerveScope で読み込める画像形式ではありません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="30" />
        <source>the image data is damaged or incomplete</source>
        <translation type="unfinished">画像データが破損しているか、不完全です</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="33" />
        <source>the image cannot be decoded</source>
        <translation type="unfinished">画像をデコードできません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="67" />
        <source>%1 images are not supported</source>
        <translation type="unfinished">%1 画像には対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="71" />
        <source>page %1 cannot be found</source>
        <translation type="unfinished">ページ %1 が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="77" />
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation type="unfinished">画像が大きすぎます (%1 x %2 ピクセル)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="151" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">グレースケール、8 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="152" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">グレースケール、16 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="153" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">カラー (RGB)、チャンネルあたり 8 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="156" />
        <source>; 16 bits per channel in the file</source>
        <translation type="unfinished">; ファイルではチャンネルあたり 16 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="158" />
        <source>; transparency ignored</source>
        <translation type="unfinished">; 透明度は無視</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="236" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1 を開けません: %2。</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>Multi-page %1 image</source>
        <translation type="unfinished">マルチページ %1 画像</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>%1 image</source>
        <translation type="unfinished">%1 画像</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="260" />
        <source>Format</source>
        <translation type="unfinished">形式</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="262" />
        <source>Pages</source>
        <translation type="unfinished">ページ数</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>Image size</source>
        <translation type="unfinished">画像サイズ</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="264" />
        <source>Pixels</source>
        <translation type="unfinished">ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="265" />
        <source>File size</source>
        <translation type="unfinished">ファイルサイズ</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="277" />
        <source>Page %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">ページ %1 / %2 をデコードできません: %3。</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="278" />
        <source>%1 cannot be decoded: %2.</source>
        <translation type="unfinished">%1 をデコードできません: %2。</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="282" />
        <source>%1 changed on disk: it is now %2 x %3 pixels.</source>
        <translation type="unfinished">%1 がディスク上で変更されました: 現在は %2 x %3 ピクセルです。</translation>
    </message>
</context>
<context>
    <name>ImageSequenceSource</name>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="17" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="35" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1 を開けません: %2。</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="38" />
        <source>the folder does not exist</source>
        <translation type="unfinished">フォルダーが存在しません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="40" />
        <source>it is not a folder</source>
        <translation type="unfinished">フォルダーではありません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="42" />
        <source>the folder cannot be read</source>
        <translation type="unfinished">フォルダーを読み込めません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="50" />
        <source>the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM)</source>
        <translation type="unfinished">フォルダーに画像 (PNG、JPEG、TIFF、BMP、PGM、PPM) がありません</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="61" />
        <location filename="../core/media/ImageSequenceSource.cpp" line="68" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="70" />
        <source>%1 is %2 but %3 is %4; all images in a folder must have the same size</source>
        <translation type="unfinished">%1 は %2 ですが、%3 は %4 です。フォルダー内の画像はすべて同じサイズである必要があります</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="90" />
        <source>%1 image sequence</source>
        <translation type="unfinished">%1 画像シーケンス</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="91" />
        <source>Image sequence (%1)</source>
        <translation type="unfinished">画像シーケンス (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="96" />
        <source>Format</source>
        <translation type="unfinished">形式</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="97" />
        <source>Images</source>
        <translation type="unfinished">画像数</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="98" />
        <source>First image</source>
        <translation type="unfinished">最初の画像</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="99" />
        <source>Last image</source>
        <translation type="unfinished">最後の画像</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="100" />
        <source>Image size</source>
        <translation type="unfinished">画像サイズ</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">グレースケール、16 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">グレースケール、8 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">カラー (RGB)、チャンネルあたり 8 ビット</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="102" />
        <source>Pixels</source>
        <translation type="unfinished">ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>Frame rate</source>
        <translation type="unfinished">フレームレート</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>not stated (a folder of images has no timing)</source>
        <translation type="unfinished">記載なし (画像フォルダーには時間情報がありません)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="116" />
        <source>Frame %1 (%2) cannot be decoded: %3.</source>
        <translation type="unfinished">フレーム %1 (%2) をデコードできません: %3。</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="120" />
        <source>Frame %1 (%2) is %3, not %4 like the rest of the sequence.</source>
        <translation type="unfinished">フレーム %1 (%2) は %3 で、シーケンスの他の画像の %4 と異なります。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="57" />
        <source>cannot copy %1 into the workspace (is the disk full?)</source>
        <translation type="unfinished">%1 をワークスペースにコピーできません (ディスクの空き容量は十分ですか)</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="97" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">ワークスペースが読み取り専用です: %1</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="104" />
        <source>%1 holds no images to import</source>
        <translation type="unfinished">%1 には取り込む画像がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="111" />
        <source>cancelled</source>
        <translation type="unfinished">キャンセルしました</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="114" />
        <source>importing image %1 of %2</source>
        <translation type="unfinished">画像 %1 / %2 を取り込み中</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="184" />
        <source>done</source>
        <translation type="unfinished">完了</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="34" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="40" />
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished">%1 は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="51" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">マスク %1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="94" />
        <location filename="../core/export/DatasetReader.cpp" line="207" />
        <location filename="../core/export/DatasetReader.cpp" line="255" />
        <source>Cancelled.</source>
        <translation type="unfinished">キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="95" />
        <source>reading the manifest</source>
        <translation type="unfinished">マニフェストを読み込み中</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="99" />
        <source>manifest row %1 names a missing image %2</source>
        <translation type="unfinished">マニフェストの %1 行目に記載された画像 %2 がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="165" />
        <source>annotation %1's run-length encoded mask cannot be read: %2</source>
        <translation type="unfinished">アノテーション %1 のランレングス符号化マスクを読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="172" />
        <source>annotation %1's mask is %2 x %3 pixels, but its image %4 is %5 x %6</source>
        <translation type="unfinished">アノテーション %1 のマスクは %2 x %3 ピクセルですが、画像 %4 は %5 x %6 です</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="195" />
        <source>annotations.json names a missing image %1</source>
        <translation type="unfinished">annotations.json に記載された画像 %1 がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="211" />
        <source>annotation %1 refers to image %2, which annotations.json does not list</source>
        <translation type="unfinished">アノテーション %1 は画像 %2 を参照していますが、annotations.json にその画像の記載がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="239" />
        <source>%1: only nnU-Net datasets of .png files can be imported (file_ending is "%2")</source>
        <translation type="unfinished">%1: 取り込めるのは .png ファイルの nnU-Net データセットのみです (file_ending は "%2")</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="249" />
        <source>%1 holds no label images</source>
        <translation type="unfinished">%1 にラベル画像がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="256" />
        <source>reading label images</source>
        <translation type="unfinished">ラベル画像を読み込み中</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="260" />
        <source>label %1 has no image %2</source>
        <translation type="unfinished">ラベル %1 に対応する画像 %2 がありません</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="300" />
        <source>dataset folder %1 does not exist</source>
        <translation type="unfinished">データセットフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="58" />
        <source>its "size" is not [height, width]</source>
        <translation type="unfinished">"size" が [height, width] ではありません</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="60" />
        <source>its size, %1 x %2 pixels, is larger than any image NerveScope opens</source>
        <translation type="unfinished">サイズ %1 x %2 ピクセルは、NerveScope で開ける画像の上限を超えています</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="67" />
        <source>its compressed "counts" string is malformed</source>
        <translation type="unfinished">圧縮された "counts" 文字列が不正です</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="73" />
        <source>its "counts" hold something other than run lengths</source>
        <translation type="unfinished">"counts" にランレングス以外の値が含まれています</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="77" />
        <source>it has no "counts"</source>
        <translation type="unfinished">"counts" がありません</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="85" />
        <source>its runs do not add up to its size, %1 x %2 pixels</source>
        <translation type="unfinished">ランの合計がサイズ %1 x %2 ピクセルと一致しません</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../core/annotation/Measurements.cpp" line="77" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">この検査にはキャリブレーションがありません。</translation>
    </message>
</context>
<context>
    <name>MediaOpener</name>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="40" />
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished">%1 を開けません: ファイルが存在しません。</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="44" />
        <source>Cannot open %1: permission denied.</source>
        <translation type="unfinished">%1 を開けません: アクセス権がありません。</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="46" />
        <source>Cannot open %1: the file is empty.</source>
        <translation type="unfinished">%1 を開けません: ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="65" />
        <source>Cannot open %1: it is not a DICOM, image or video file that NerveScope can read.</source>
        <translation type="unfinished">%1 を開けません: NerveScope で読み込める DICOM、画像、動画ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="75" />
        <source>Ultrasound studies (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Video (%1);;Images (%2);;All files (*)</source>
        <translation type="unfinished">超音波検査 (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;動画 (%1);;画像 (%2);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="83" />
        <source>Scores and labels differ in number.</source>
        <translation type="unfinished">スコアとラベルの数が一致しません。</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="88" />
        <source>A score is not a number.</source>
        <translation type="unfinished">数値ではないスコアがあります。</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="94" />
        <source>DeLong's test needs at least two positive and two negative cases.</source>
        <translation type="unfinished">DeLong 検定には、陽性と陰性がそれぞれ 2 例以上必要です。</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="46" />
        <location filename="../core/metrics/PixelRoc.cpp" line="24" />
        <source>Masks must be single-channel 8-bit images.</source>
        <translation type="unfinished">マスクは 1 チャンネル 8 ビット画像である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="48" />
        <source>The masks differ in size: %1 x %2 against %3 x %4 pixels.</source>
        <translation type="unfinished">マスクのサイズが異なります: %1 x %2 と %3 x %4 ピクセル。</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="20" />
        <source>A probability map must be a single-channel 8-bit, float or double image.</source>
        <translation type="unfinished">確率マップは 1 チャンネルの 8 ビット、float、double のいずれかの画像である必要があります。</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="27" />
        <source>The probability map and the mask differ in size.</source>
        <translation type="unfinished">確率マップとマスクのサイズが異なります。</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../inference/ModelCard.cpp" line="79" />
        <source>cannot read model card %1: %2</source>
        <translation type="unfinished">モデルカード %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="83" />
        <source>model card %1 is not valid JSON: %2</source>
        <translation type="unfinished">モデルカード %1 が有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="86" />
        <source>%1 is not a NerveScope model card</source>
        <translation type="unfinished">%1 は NerveScope のモデルカードではありません</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="89" />
        <source>model card %1 lacks its name, task, architecture or weights</source>
        <translation type="unfinished">モデルカード %1 に名前、タスク、アーキテクチャ、重みのいずれかがありません</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="91" />
        <source>model card %1 has no valid sha256 of its weights</source>
        <translation type="unfinished">モデルカード %1 に重みの有効な sha256 がありません</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="93" />
        <source>model card %1 has an impossible nerve crop of %2 mm</source>
        <translation type="unfinished">モデルカード %1 の神経切り出し範囲 %2 mm は不正な値です</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="95" />
        <source>model card %1 has an impossible dropout of %2</source>
        <translation type="unfinished">モデルカード %1 のドロップアウト %2 は不正な値です</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="97" />
        <source>model card %1 has an impossible input size %2x%3</source>
        <translation type="unfinished">モデルカード %1 の入力サイズ %2x%3 は不正な値です</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="109" />
        <location filename="../inference/ModelCard.cpp" line="115" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="126" />
        <location filename="../inference/ModelCard.cpp" line="132" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../inference/ModelFile.cpp" line="32" />
        <source>unknown architecture "%1"</source>
        <translation type="unfinished">不明なアーキテクチャ "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="38" />
        <source>unknown activation "%1"</source>
        <translation type="unfinished">不明な活性化関数 "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="51" />
        <source>cannot create %1: %2</source>
        <translation type="unfinished">%1 を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="64" />
        <source>model %1: weights file %2 is missing</source>
        <translation type="unfinished">モデル %1: 重みファイル %2 がありません</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="72" />
        <source>model %1: weights file %2 does not match its card (sha256 %3, card says %4); refusing to load it</source>
        <translation type="unfinished">モデル %1: 重みファイル %2 がモデルカードと一致しません (sha256 %3、カードの値 %4)。読み込みを中止します</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="88" />
        <source>model %1: weights do not fit architecture %2: %3</source>
        <translation type="unfinished">モデル %1: 重みがアーキテクチャ %2 に適合しません: %3</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="97" />
        <source>model %1: card says %2 parameters, network has %3</source>
        <translation type="unfinished">モデル %1: カードのパラメーター数は %2 ですが、ネットワークは %3 です</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="108" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="121" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="134" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">%1 を所定の場所に移動できません</translation>
    </message>
</context>
<context>
    <name>ModelPromotion</name>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="29" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">%1 を %2 にコピーできません</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="38" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">ワークスペースが読み取り専用です: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="49" />
        <source>cannot create %1</source>
        <translation type="unfinished">%1 を作成できません</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="59" />
        <source>the copy of %1 differs from its card's sha256</source>
        <translation type="unfinished">%1 のコピーがモデルカードの sha256 と一致しません</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="69" />
        <source>no model named "%1": no models found in %2</source>
        <translation type="unfinished">"%1" という名前のモデルはありません: %2 にモデルが見つかりません</translation>
    </message>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="71" />
        <source>no model named "%1"; available: %2</source>
        <translation type="unfinished">"%1" という名前のモデルはありません。使用可能なモデル: %2</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../core/workspace/ModelStore.cpp" line="67" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">ワークスペースが読み取り専用です: %1</translation>
    </message>
</context>
<context>
    <name>MotorUnitWriter</name>
    <message>
        <location filename="../core/synth/motor/MotorUnitWriter.cpp" line="221" />
        <source>Motor-unit sequence %1 of %2</source>
        <translation type="unfinished">運動単位シーケンス %1 / %2</translation>
    </message>
</context>
<context>
    <name>NerveAreaCheck</name>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="10" />
        <source>%1 mm² is larger than any median nerve's cross-section (up to about %2 mm²): check that the outline is the nerve and the scan is of the wrist.</source>
        <translation type="unfinished">%1 mm² は正中神経の断面積としては大きすぎます (最大でおよそ %2 mm²)。輪郭が神経であること、手関節の検査であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="14" />
        <source>%1 mm² is smaller than a median nerve's cross-section (at least about %2 mm²): check that the outline is the nerve.</source>
        <translation type="unfinished">%1 mm² は正中神経の断面積としては小さすぎます (最小でおよそ %2 mm²)。輪郭が神経であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>NerveLocator</name>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="17" />
        <source>no segmentation model is installed to find the nerve</source>
        <translation type="unfinished">神経を検出するためのセグメンテーションモデルがインストールされていません</translation>
    </message>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="33" />
        <source>the crop around the nerve (%1 mm) needs the image's scale: %2</source>
        <translation type="unfinished">神経周囲の切り出し範囲 (%1 mm) には画像のスケールが必要です: %2</translation>
    </message>
</context>
<context>
    <name>PixelReadout</name>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="14" />
        <location filename="../ui/viewer/PixelReadout.cpp" line="18" />
        <source>value %1</source>
        <translation type="unfinished">値 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="22" />
        <source>RGB %1, %2, %3</source>
        <translation type="unfinished">RGB %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="37" />
        <source>x %1, y %2 px</source>
        <translation type="unfinished">x %1, y %2 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="42" />
        <source>no calibration here</source>
        <translation type="unfinished">この位置はキャリブレーションなし</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="56" />
        <source>%1, %2 mm (region %3)</source>
        <translation type="unfinished">%1, %2 mm (領域 %3)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="59" />
        <source>%1, %2 mm</source>
        <translation type="unfinished">%1, %2 mm</translation>
    </message>
</context>
<context>
    <name>PredictionOverlay</name>
    <message>
        <location filename="../ui/ai/PredictionOverlay.cpp" line="31" />
        <source>AI %1 · %2%</source>
        <translation type="unfinished">AI %1 · %2%</translation>
    </message>
</context>
<context>
    <name>Pseudonym</name>
    <message>
        <location filename="../core/export/Pseudonym.cpp" line="66" />
        <source>cannot create the export key %1: %2</source>
        <translation type="unfinished">エクスポートキー %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>RaterOverlay</name>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="69" />
        <source>%1 (you, editable)</source>
        <translation type="unfinished">%1 (自分、編集可)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="71" />
        <source>%1 (none on this frame)</source>
        <translation type="unfinished">%1 (このフレームにはなし)</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../core/media/ScanView.cpp" line="41" />
        <source>wrist transverse</source>
        <translation type="unfinished">手関節短軸像</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="43" />
        <source>forearm transverse</source>
        <translation type="unfinished">前腕短軸像</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="45" />
        <source>longitudinal</source>
        <translation type="unfinished">長軸像</translation>
    </message>
</context>
<context>
    <name>Segmenter</name>
    <message>
        <location filename="../inference/Segmenter.cpp" line="23" />
        <source>model %1 is a %2 model, not a segmentation model</source>
        <translation type="unfinished">モデル %1 は %2 モデルであり、セグメンテーションモデルではありません</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="44" />
        <source>an empty frame cannot be segmented</source>
        <translation type="unfinished">空のフレームはセグメンテーションできません</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="55" />
        <source>segmentation failed: %1</source>
        <translation type="unfinished">セグメンテーションに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>StudyThumbnail</name>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="45" />
        <source>The study file is missing: %1</source>
        <translation type="unfinished">検査ファイルがありません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="67" />
        <source>The study has no frames.</source>
        <translation type="unfinished">この検査にはフレームがありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="75" />
        <source>No frame of the study can be decoded.</source>
        <translation type="unfinished">この検査のフレームはいずれもデコードできません。</translation>
    </message>
</context>
<context>
    <name>SynthDatasetGenerator</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="205" />
        <source>a dataset needs at least one patient and one frame per wrist</source>
        <translation type="unfinished">データセットには、少なくとも患者 1 名と手関節あたり 1 フレームが必要です</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="224" />
        <source>cancelled</source>
        <translation type="unfinished">キャンセルしました</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="100" />
        <source>patient %1, %2 wrist</source>
        <translation type="unfinished">患者 %1、手関節 (%2)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="136" />
        <source>the generator made %1 frame(s) for %2 %3, not %4</source>
        <translation type="unfinished">ジェネレーターが %2 %3 に対して作成したフレームは %1 枚で、%4 枚ではありません</translation>
    </message>
</context>
<context>
    <name>SynthDatasetWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="117" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="166" />
        <source>Cannot create the dataset folder %1</source>
        <translation type="unfinished">データセットフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="194" />
        <source>Cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1 に書き込めません (ディスクの空き容量不足か、読み取り専用の可能性があります)</translation>
    </message>
</context>
<context>
    <name>SynthDicomWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="156" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="160" />
        <source>the cine has no frames</source>
        <translation type="unfinished">シネにフレームがありません</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="164" />
        <source>the frame size %1x%2 cannot be stored</source>
        <translation type="unfinished">フレームサイズ %1x%2 は保存できません</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="172" />
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation type="unfinished">フレーム %1 は %2x%3 で、%4x%5 ではありません</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="264" />
        <source>JPEG encoding failed (%1)</source>
        <translation type="unfinished">JPEG エンコードに失敗しました (%1)</translation>
    </message>
</context>
<context>
    <name>SynthVideoWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="32" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="36" />
        <source>the cine has no frames</source>
        <translation type="unfinished">シネにフレームがありません</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="44" />
        <source>unknown video type ".%1" (use .mp4 or .avi)</source>
        <translation type="unfinished">不明な動画形式 ".%1" です (.mp4 または .avi を使用してください)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="65" />
        <source>no video encoder accepted the file (is the folder writable?)</source>
        <translation type="unfinished">ファイルを受け付ける動画エンコーダーがありませんでした (フォルダーに書き込み権限がありますか)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="72" />
        <source>cancelled</source>
        <translation type="unfinished">キャンセルしました</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="76" />
        <source>frame %1 has a different size</source>
        <translation type="unfinished">フレーム %1 のサイズが異なります</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="83" />
        <source>wrote frame %1</source>
        <translation type="unfinished">フレーム %1 を書き出しました</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="87" />
        <source>the encoder wrote nothing</source>
        <translation type="unfinished">エンコーダーが何も書き出しませんでした</translation>
    </message>
</context>
<context>
    <name>TimelineMarks</name>
    <message numerus="yes">
        <location filename="../ui/annotation/TimelineMarks.cpp" line="40" />
        <source>%1, %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>%1、輪郭 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/TimelineMarks.cpp" line="51" />
        <source>Marks under the slider: frames with contours of %1</source>
        <translation type="unfinished">スライダー下のマーク: %1 の輪郭があるフレーム</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="44" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="54" />
        <source>%1 was %2, now %3</source>
        <translation type="unfinished">%1 は %2 でしたが、現在は %3 です</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="56" />
        <source>options differ</source>
        <translation type="unfinished">オプションが異なります</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="118" />
        <source>an unfinished run's checkpoint is in %1: pass --resume to continue it, or delete that folder to start over</source>
        <translation type="unfinished">未完了の学習のチェックポイントが %1 にあります: 続行するには --resume を指定し、最初からやり直すにはそのフォルダーを削除してください</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="129" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">出力フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="134" />
        <source>reading the dataset</source>
        <translation type="unfinished">データセットを読み込み中</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="141" />
        <source>left out %1 frame(s) without a label (studies nobody graded)</source>
        <translation type="unfinished">ラベルのないフレーム %1 枚を除外しました (誰もグレードを付けていない検査)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="152" />
        <source>starting from %1</source>
        <translation type="unfinished">%1 から開始します</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="172" />
        <source>the checkpoint in %1 belongs to another run (%2); use the same options or delete it</source>
        <translation type="unfinished">%1 のチェックポイントは別の学習 (%2) のものです。同じオプションを使用するか、チェックポイントを削除してください</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="175" />
        <source>the checkpoint in %1 has already trained %2 epochs; --epochs must be at least that</source>
        <translation type="unfinished">%1 のチェックポイントは既に %2 エポック学習済みです。--epochs はそれ以上にしてください</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="181" />
        <source>resuming after epoch %1 (best so far: epoch %2)</source>
        <translation type="unfinished">エポック %1 の後から再開します (これまでの最良: エポック %2)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="183" />
        <source>no checkpoint in %1; starting from epoch 1</source>
        <translation type="unfinished">%1 にチェックポイントがありません。エポック 1 から開始します</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="203" />
        <source>cancelled during epoch %1; the checkpoint after epoch %2 is kept for --resume</source>
        <translation type="unfinished">エポック %1 の途中でキャンセルしました。--resume 用にエポック %2 終了時のチェックポイントを保持しています</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="209" />
        <source>training diverged at epoch %1 (the loss is not a number); try a lower --lr</source>
        <translation type="unfinished">エポック %1 で学習が発散しました (損失が数値ではありません)。より小さい --lr を試してください</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="213" />
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation type="unfinished">エポック %1/%2、バッチ %3/%4、損失 %5</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="230" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="239" />
        <source>epoch %1/%2: train loss %3, val loss %4, val %5 %6%7 (%8 s)</source>
        <translation type="unfinished">エポック %1/%2: 学習損失 %3、検証損失 %4、検証 %5 %6%7 (%8 秒)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="243" />
        <source>, best</source>
        <translation type="unfinished">、最良</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="245" />
        <source>, learning rate %1</source>
        <translation type="unfinished">、学習率 %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="251" />
        <source>cancelled; the checkpoint after epoch %1 is kept for --resume</source>
        <translation type="unfinished">キャンセルしました。--resume 用にエポック %1 終了時のチェックポイントを保持しています</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="255" />
        <source>stopping early: no better validation %1 for %2 epochs</source>
        <translation type="unfinished">早期終了: 検証 %1 が %2 エポック改善しませんでした</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="293" />
        <source>saved %1</source>
        <translation type="unfinished">%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="136" />
        <source>unknown architecture "%1" (%2)</source>
        <translation type="unfinished">不明なアーキテクチャ "%1" (%2)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="139" />
        <source>architecture %1 does not do %2</source>
        <translation type="unfinished">アーキテクチャ %1 は %2 に対応していません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="142" />
        <source>--activation applies to the U-Nets only, not to %1</source>
        <translation type="unfinished">--activation は U-Net 系にのみ適用され、%1 には適用されません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="144" />
        <source>unknown activation "%1" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</source>
        <translation type="unfinished">不明な活性化関数 "%1" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="148" />
        <source>input size %1x%2 is outside 32x32 to 1024x1024</source>
        <translation type="unfinished">入力サイズ %1x%2 が 32x32 ～ 1024x1024 の範囲外です</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="150" />
        <source>the U-Nets pool four times: input size %1x%2 must be a multiple of 16</source>
        <translation type="unfinished">U-Net 系はプーリングを 4 回行うため、入力サイズ %1x%2 は 16 の倍数である必要があります</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="152" />
        <source>epochs, batch and patience must be at least 1</source>
        <translation type="unfinished">エポック数、バッチサイズ、patience は 1 以上にしてください</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="154" />
        <source>learning rate must be between 0 and 1</source>
        <translation type="unfinished">学習率は 0 から 1 の間にしてください</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="156" />
        <source>--dropout applies to classifiers, not to %1</source>
        <translation type="unfinished">--dropout は分類モデルに適用され、%1 には適用されません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="158" />
        <source>dropout must be below 1</source>
        <translation type="unfinished">ドロップアウトは 1 未満にしてください</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="160" />
        <source>a nerve crop applies to classifiers only: segmentation needs the whole frame</source>
        <translation type="unfinished">神経切り出し範囲は分類モデルにのみ適用されます: セグメンテーションにはフレーム全体が必要です</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="162" />
        <source>a nerve crop of %1 mm is larger than any ultrasound field of view</source>
        <translation type="unfinished">神経切り出し範囲 %1 mm は、どの超音波視野よりも大きくなっています</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="164" />
        <source>threads must be 0 (automatic) or more</source>
        <translation type="unfinished">スレッド数は 0 (自動) 以上にしてください</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="166" />
        <source>a data folder and an output folder are required</source>
        <translation type="unfinished">データフォルダーと出力フォルダーの指定が必要です</translation>
    </message>
</context>
<context>
    <name>TrainingDataset</name>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="52" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 %2 患者 %3 フレーム</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="53" />
        <source>Dataset folder %1 (task %2, generator seed %3): %4 patient(s) split by patient, scanner profile(s) %5; %6 view: %7.</source>
        <translation type="unfinished">データセットフォルダー %1 (タスク %2、ジェネレーターシード %3): 患者 %4 名 (患者単位で分割)、スキャナープロファイル %5。%6 断面: %7。</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="55" />
        <source>unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="94" />
        <source>the %1 split of %2 has no %3-view frames (%4 frame(s) in the manifest)</source>
        <translation type="unfinished">%2 の %1 分割に %3 断面のフレームがありません (マニフェストのフレーム数 %4)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="101" />
        <source>cancelled</source>
        <translation type="unfinished">キャンセルしました</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="114" />
        <source>cannot read image %1</source>
        <translation type="unfinished">画像 %1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="121" />
        <source>a crop of %1 mm needs the pixel size: manifest row %2 has no pixelSpacingMm</source>
        <translation type="unfinished">%1 mm の切り出しにはピクセルサイズが必要です: マニフェストの %2 行目に pixelSpacingMm がありません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="148" />
        <source>manifest row %1 has grade index %2, not 0-3</source>
        <translation type="unfinished">マニフェストの %1 行目のグレードインデックスが %2 です (0～3 である必要があります)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="43" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">マスク %1 を読み込めません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="38" />
        <source>manifest row %1 has no mask</source>
        <translation type="unfinished">マニフェストの %1 行目にマスクがありません</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="119" />
        <source>a nerve-centred crop needs the nerve's mask: %1</source>
        <translation type="unfinished">神経を中心とした切り出しには神経のマスクが必要です: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="153" />
        <source>reading %1 frames</source>
        <translation type="unfinished">%1 フレームを読み込み中</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="156" />
        <source>none of the %1 frame(s) of the %2 split of %3 has a %4: grade the studies first</source>
        <translation type="unfinished">%3 の %2 分割のフレーム %1 枚のいずれにも %4 がありません。先に検査のグレードを付けてください</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="158" />
        <source>CTS label</source>
        <translation type="unfinished">CTS ラベル</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="159" />
        <source>severity grade</source>
        <translation type="unfinished">重症度グレード</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="161" />
        <source>the %1 split of %2 has no frame with a nerve in its mask to crop around</source>
        <translation type="unfinished">%2 の %1 分割には、切り出しの中心となる神経がマスクに含まれるフレームがありません</translation>
    </message>
</context>
<context>
    <name>TrainingExport</name>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="28" />
        <source>%1 exists and is not an earlier training export: move it away first</source>
        <translation type="unfinished">%1 は既に存在し、以前の学習用エクスポートではありません。先に移動してください</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="37" />
        <source>cannot replace the earlier training export %1</source>
        <translation type="unfinished">以前の学習用エクスポート %1 を置き換えられません</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="47" />
        <source>exporting the workspace's annotations</source>
        <translation type="unfinished">ワークスペースのアノテーションをエクスポート中</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="58" />
        <source>%1 s</source>
        <translation type="unfinished">%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="60" />
        <source>%1 min %2 s</source>
        <translation type="unfinished">%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="61" />
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../ui/training/TrainingRunner.cpp" line="73" />
        <source>no default model for %1 to compare with</source>
        <translation type="unfinished">%1 の比較対象となる既定モデルがありません</translation>
    </message>
</context>
<context>
    <name>VideoFrameSource</name>
    <message>
        <location filename="../core/media/VideoDecoder.cpp" line="257" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">%1 x %2 のフレームに必要なメモリーが不足しています</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="24" />
        <source>MPEG program stream</source>
        <translation type="unfinished">MPEG プログラムストリーム</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="26" />
        <source>MPEG elementary stream</source>
        <translation type="unfinished">MPEG エレメンタリーストリーム</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="28" />
        <source>MPEG transport stream</source>
        <translation type="unfinished">MPEG トランスポートストリーム</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="32" />
        <source>ASF (Windows Media)</source>
        <translation type="unfinished">ASF (Windows Media)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="35" />
        <source>unknown container</source>
        <translation type="unfinished">不明なコンテナー</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="66" />
        <source>FourCC %1</source>
        <translation type="unfinished">FourCC %1</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="77" />
        <source>unknown codec</source>
        <translation type="unfinished">不明なコーデック</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="57" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1 を開けません: %2。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="60" />
        <source>the file does not exist</source>
        <translation type="unfinished">ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="62" />
        <source>the file cannot be read</source>
        <translation type="unfinished">ファイルを読み込めません</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="64" />
        <source>this build of OpenCV has no FFmpeg video support</source>
        <translation type="unfinished">このビルドの OpenCV は FFmpeg による動画読み込みに対応していません</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="79" />
        <source>the %1 file has no index (moov atom); the recording was probably cut off before it was finished</source>
        <translation type="unfinished">%1 ファイルにインデックス (moov atom) がありません。録画が完了前に中断された可能性があります</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="81" />
        <source>it is not a video file that FFmpeg can read</source>
        <translation type="unfinished">FFmpeg で読み込める動画ファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="96" />
        <source>the video contains no decodable frames</source>
        <translation type="unfinished">動画にデコード可能なフレームがありません</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="106" />
        <source>%1 video (%2)</source>
        <translation type="unfinished">%1 動画 (%2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="146" />
        <source>Frame %1 of %2 is damaged and cannot be decoded.</source>
        <translation type="unfinished">フレーム %1 / %2 は破損しているため、デコードできません。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="160" />
        <source>Frame %1 of %2 cannot be decoded: the file can no longer be read.</source>
        <translation type="unfinished">フレーム %1 / %2 をデコードできません: ファイルを読み込めなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="166" />
        <source>Frame %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">フレーム %1 / %2 をデコードできません: %3。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="170" />
        <source>Frame %1 of %2 is %3 x %4 pixels instead of %5 x %6; NerveScope does not support videos that change size.</source>
        <translation type="unfinished">フレーム %1 / %2 は %3 x %4 ピクセルで、%5 x %6 ではありません。NerveScope はサイズが変化する動画には対応していません。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="189" />
        <source>Checking %1 for damaged frames</source>
        <translation type="unfinished">%1 の破損フレームを確認中</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="191" />
        <source>Cannot open %1: the file can no longer be read.</source>
        <translation type="unfinished">%1 を開けません: ファイルを読み込めなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="218" />
        <source>%1: all %2 frames decode</source>
        <translation type="unfinished">%1: 全 %2 フレームをデコードできます</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="219" />
        <source>%1: frames %2 are damaged</source>
        <translation type="unfinished">%1: フレーム %2 が破損しています</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="240" />
        <source>Codec</source>
        <translation type="unfinished">コーデック</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="241" />
        <source>Container</source>
        <translation type="unfinished">コンテナー</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="244" />
        <source>%1 (the file lists %2)</source>
        <translation type="unfinished">%1 (ファイル上の記載は %2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="245" />
        <source>Frames</source>
        <translation type="unfinished">フレーム数</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>Frame size</source>
        <translation type="unfinished">フレームサイズ</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 ピクセル</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="247" />
        <source>not stated</source>
        <translation type="unfinished">記載なし</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="249" />
        <source>%1 fps (average; the file states %2 fps)</source>
        <translation type="unfinished">%1 fps (平均。ファイル上の記載は %2 fps)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="251" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="252" />
        <source>Frame rate</source>
        <translation type="unfinished">フレームレート</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>Duration</source>
        <translation type="unfinished">再生時間</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>%1 s</source>
        <translation type="unfinished">%1 秒</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="255" />
        <source>File size</source>
        <translation type="unfinished">ファイルサイズ</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/VideoFrameSource.cpp" line="262" />
        <source>%n damaged frame(s)</source>
        <translation type="unfinished">
            <numerusform>破損フレーム %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="263" />
        <source>no damaged frames</source>
        <translation type="unfinished">破損フレームなし</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="265" />
        <source>Damage check</source>
        <translation type="unfinished">破損チェック</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="264" />
        <source>not checked yet</source>
        <translation type="unfinished">未確認</translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <location filename="../inference/ViewCheck.cpp" line="22" />
        <source>%1 was trained on %2 scans; this study is labelled %3, so its answer may mean nothing here.</source>
        <translation type="unfinished">%1 は %2 の画像で学習されていますが、この検査のラベルは %3 です。この結果はここでは意味をなさない可能性があります。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/Schema.cpp" line="130" />
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation type="unfinished">ワークスペースのバージョン %1 への更新に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="74" />
        <source>cannot create %1</source>
        <translation type="unfinished">%1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="86" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">%1 を %2 にコピーできません</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="136" />
        <source>Cannot read %1.</source>
        <translation type="unfinished">%1 を読み込めません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="152" />
        <location filename="../core/workspace/Workspace.cpp" line="209" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">ワークスペースが読み取り専用です: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="239" />
        <source>No study with id %1.</source>
        <translation type="unfinished">ID %1 の検査はありません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="93" />
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished">%1 には既にワークスペースがあります。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="97" />
        <source>%1 is not a workspace (no %2).</source>
        <translation type="unfinished">%1 はワークスペースではありません (%2 がありません)。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101" />
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="105" />
        <source>%1 is damaged or not a NerveScope workspace (not an SQLite database); it was left untouched.</source>
        <translation type="unfinished">%1 は破損しているか、NerveScope のワークスペースではありません (SQLite データベースではありません)。変更は加えていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="114" />
        <source>Opened read-only on request.</source>
        <translation type="unfinished">要求に応じて読み取り専用で開きました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="125" />
        <source>The workspace is open in %1 (process %2 on %3); it was opened read-only.</source>
        <translation type="unfinished">ワークスペースは %1 (%3 のプロセス %2) で開かれているため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="126" />
        <source>another program</source>
        <translation type="unfinished">別のプログラム</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="128" />
        <source>The workspace folder cannot be locked for writing; it was opened read-only.</source>
        <translation type="unfinished">ワークスペースフォルダーを書き込み用にロックできないため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="144" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished">%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="149" />
        <source>%1 is damaged (%2); it was left untouched.</source>
        <translation type="unfinished">%1 は破損しています (%2)。変更は加えていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="154" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="158" />
        <source>%1 is an SQLite file but not a NerveScope workspace; it was left untouched.</source>
        <translation type="unfinished">%1 は SQLite ファイルですが、NerveScope のワークスペースではありません。変更は加えていません。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169" />
        <source>The workspace was written by a newer NerveScope (schema version %1; this version understands up to %2); it was opened read-only.</source>
        <translation type="unfinished">このワークスペースは新しいバージョンの NerveScope で作成されています (スキーマバージョン %1。このバージョンが対応するのは %2 まで)。読み取り専用で開きました。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="174" />
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished">%1 を設定できません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="186" />
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished">%1 をログ先行書き込み (WAL) モードに切り替えられません: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="194" />
        <source>It uses an older schema (version %1) that is upgraded when it is opened for writing.</source>
        <translation type="unfinished">古いスキーマ (バージョン %1) を使用しています。書き込み用に開くと更新されます。</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="217" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished">トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="226" />
        <source>The change was not saved; the workspace keeps its previous state (%1).</source>
        <translation type="unfinished">変更は保存されませんでした。ワークスペースは以前の状態のままです (%1)。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="19" />
        <source>warning: %1</source>
        <translation type="unfinished">警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="35" />
        <source>Usage: nervescope-cli %1</source>
        <translation type="unfinished">使い方: nervescope-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="41" />
        <source>missing arguments (see --help)</source>
        <translation type="unfinished">引数が不足しています (--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="49" />
        <source>First frame (1-based, default 1).</source>
        <translation type="unfinished">最初のフレーム (1 から数える。既定値 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="50" />
        <source>Last frame (default: the last frame).</source>
        <translation type="unfinished">最後のフレーム (既定値: 最終フレーム)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="15" />
        <source>Report the inference device and library versions.</source>
        <translation type="unfinished">推論デバイスとライブラリのバージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="19" />
        <source>File:            %1</source>
        <translation type="unfinished">ファイル:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="20" />
        <source>Kind:            %1 (%2)</source>
        <translation type="unfinished">種類:            %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="21" />
        <source>Frames:          %1</source>
        <translation type="unfinished">フレーム数:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="22" />
        <source>Size:            %1 x %2 (columns x rows)</source>
        <translation type="unfinished">サイズ:          %1 x %2 (列 x 行)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>Frame rate:      %1</source>
        <translation type="unfinished">フレームレート:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>not given</source>
        <translation type="unfinished">記載なし</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="24" />
        <source>Photometric:     %1</source>
        <translation type="unfinished">Photometric:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="25" />
        <source>Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4</source>
        <translation type="unfinished">ビット:          格納 %1 / 割り当て %2、1 ピクセルあたり %3 サンプル%4</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="27" />
        <source>, signed</source>
        <translation type="unfinished">、符号付き</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="29" />
        <source>Transfer syntax: %1 (%2)</source>
        <translation type="unfinished">転送構文:        %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="31" />
        <source>Calibration:     %1</source>
        <translation type="unfinished">キャリブレーション: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="35" />
        <source>%1 x %2 mm/pixel</source>
        <translation type="unfinished">%1 x %2 mm/ピクセル</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="36" />
        <source>no spatial calibration (units %1 x %2)</source>
        <translation type="unfinished">空間キャリブレーションなし (単位 %1 x %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="37" />
        <source>  region %1:      x %2-%3, y %4-%5: %6</source>
        <translation type="unfinished">  領域 %1:        x %2-%3, y %4-%5: %6</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="42" />
        <source>Damaged frames:  %1-%2 cannot be decoded</source>
        <translation type="unfinished">破損フレーム:    %1-%2 をデコードできません</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="49" />
        <source>Describe a study: frames, size, frame rate, photometric interpretation, transfer syntax and every calibration region with its mm per pixel.</source>
        <translation type="unfinished">検査の情報を表示します: フレーム数、サイズ、フレームレート、Photometric Interpretation、転送構文、各キャリブレーション領域とその mm/ピクセル。</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="34" />
        <source>Grade carpal tunnel syndrome on a study: class probabilities per frame and for the wrist (mean over the frames).</source>
        <translation type="unfinished">検査の手根管症候群を判定します: フレームごとおよび手関節ごと (フレームの平均) のクラス確率。</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="38" />
        <location filename="../app/cli/InfoCommand.cpp" line="52" />
        <location filename="../app/cli/ModelsCommand.cpp" line="22" />
        <location filename="../app/cli/SystemCommand.cpp" line="16" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="264" />
        <source>Print JSON instead of text.</source>
        <translation type="unfinished">テキストの代わりに JSON を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="68" />
        <source>graded frame %1</source>
        <translation type="unfinished">フレーム %1 を判定しました</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="73" />
        <source>the nerve was found in none of the %1 frame(s), so %2 could not grade them (it grades the %3 mm square around the nerve)</source>
        <translation type="unfinished">%1 フレームのいずれでも神経が見つからなかったため、%2 で判定できませんでした (神経周囲 %3 mm の正方形を判定します)</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="107" />
        <source>Graded the %1 mm square around the nerve found by %2; %3 of %4 frame(s) had a nerve.</source>
        <translation type="unfinished">%2 で検出した神経の周囲 %1 mm の正方形を判定しました。%4 フレーム中 %3 フレームで神経を検出しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="101" />
        <source>%1 %2 (%3) over %4 frame(s): %5</source>
        <translation type="unfinished">%1 %2 (%3)、%4 フレーム: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="53" />
        <source>Decode every frame to find damaged ones (slow for long videos).</source>
        <translation type="unfinished">すべてのフレームをデコードして破損フレームを探します (長い動画では時間がかかります)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="17" />
        <source>Report as if the CPU were forced.</source>
        <translation type="unfinished">CPU を強制した場合の結果を表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="31" />
        <source>Inference device: %1</source>
        <translation type="unfinished">推論デバイス: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="32" />
        <source>LibTorch %1, Qt %2</source>
        <translation type="unfinished">LibTorch %1、Qt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21" />
        <source>describe a study: frames, size, frame rate, photometric, transfer syntax, calibration</source>
        <translation type="unfinished">検査の情報を表示: フレーム数、サイズ、フレームレート、Photometric Interpretation、転送構文、キャリブレーション</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22" />
        <source>write decoded frames as PNG, as the viewer displays them</source>
        <translation type="unfinished">デコードしたフレームをビューアーの表示どおりに PNG で書き出し</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23" />
        <source>report the inference device (CPU/GPU) and library versions</source>
        <translation type="unfinished">推論デバイス (CPU/GPU) とライブラリのバージョンを表示</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="24" />
        <source>generate a synthetic median-nerve cine with ground truth as DICOM, MP4 or AVI</source>
        <translation type="unfinished">正解データ付きの合成正中神経シネを DICOM、MP4、AVI で生成</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25" />
        <source>dataset synth: generate a labelled synthetic dataset folder split by patient</source>
        <translation type="unfinished">dataset synth: 患者単位で分割したラベル付き合成データセットフォルダーを生成</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>annotation workspace: create, import studies, list them, print contours and areas</source>
        <translation type="unfinished">アノテーションワークスペース: 作成、検査の取り込み、一覧表示、輪郭と面積の出力</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27" />
        <source>models list: the available models with task, parameters and sha256</source>
        <translation type="unfinished">models list: 使用可能なモデルとそのタスク、パラメーター数、sha256</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28" />
        <source>segment the median nerve on a study: masks, contours and areas</source>
        <translation type="unfinished">検査の正中神経をセグメンテーション: マスク、輪郭、面積</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29" />
        <source>grade CTS on a study: probabilities per frame and per wrist</source>
        <translation type="unfinished">検査の CTS を判定: フレームごとおよび手関節ごとの確率</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30" />
        <source>explain a model's score on a frame: occlusion, LIME or Grad-CAM heatmap</source>
        <translation type="unfinished">フレームに対するモデルのスコアを説明: 遮蔽感度、LIME、Grad-CAM のヒートマップ</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31" />
        <source>score a model on a labelled dataset folder: DSC/HD95 or AUC/accuracy with CIs</source>
        <translation type="unfinished">ラベル付きデータセットフォルダーでモデルを評価: DSC/HD95 または AUC/正解率と信頼区間</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32" />
        <source>export a workspace's labelled frames: png (+manifest), coco, nnunet or csv; de-identified by default</source>
        <translation type="unfinished">ワークスペースのラベル付きフレームをエクスポート: png (+マニフェスト)、coco、nnunet、csv。既定で匿名化</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33" />
        <source>import a png, coco or nnunet dataset folder into a workspace as studies and contours</source>
        <translation type="unfinished">png、coco、nnunet のデータセットフォルダーを検査と輪郭としてワークスペースに取り込み</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34" />
        <source>train a segmentation, CTS or severity network on a dataset folder; writes the model and its card</source>
        <translation type="unfinished">データセットフォルダーでセグメンテーション、CTS、重症度のネットワークを学習。モデルとモデルカードを書き出し</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39" />
        <source>Usage: nervescope-cli VERB [options] (VERB --help for details)</source>
        <translation type="unfinished">使い方: nervescope-cli VERB [options] (詳細は VERB --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="68" />
        <source>unknown verb</source>
        <translation type="unfinished">不明なコマンド</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="18" />
        <source>Write decoded frames as PNG files (frame_0001.png, ...), greyscale or RGB as displayed. Frame numbers are 1-based and inclusive.</source>
        <translation type="unfinished">デコードしたフレームを、表示どおりのグレースケールまたは RGB で PNG ファイル (frame_0001.png, ...) として書き出します。フレーム番号は 1 から数え、範囲の両端を含みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="30" />
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished">--%1 は %2 以上の整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="40" />
        <source>--method must be occlusion, lime or gradcam</source>
        <translation type="unfinished">--method は occlusion、lime、gradcam のいずれかで指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="46" />
        <source>--fill must be mean, zero, blur or region</source>
        <translation type="unfinished">--fill は mean、zero、blur、region のいずれかで指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="52" />
        <source>--score must be logodds or probability</source>
        <translation type="unfinished">--score は logodds または probability で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="76" />
        <source>--precision must be auto, float32 or bfloat16</source>
        <translation type="unfinished">--precision は auto、float32、bfloat16 のいずれかで指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="88" />
        <source>Explain a model's score on one frame as a heatmap: occlusion sensitivity, LIME (superpixels) or Grad-CAM. Writes the heatmap over the frame as an image and, with --raw, the float values as a TIFF.</source>
        <translation type="unfinished">1 フレームに対するモデルのスコアをヒートマップで説明します: 遮蔽感度、LIME (スーパーピクセル)、Grad-CAM。ヒートマップをフレームに重ねた画像を書き出し、--raw を指定すると浮動小数点値を TIFF で書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="91" />
        <location filename="../app/cli/FramesCommand.cpp" line="20" />
        <location filename="../app/cli/GradeCommand.cpp" line="36" />
        <location filename="../app/cli/InfoCommand.cpp" line="51" />
        <location filename="../app/cli/SegmentCommand.cpp" line="54" />
        <source>DICOM, video or image file, or a folder of images</source>
        <translation type="unfinished">DICOM、動画、画像ファイル、または画像フォルダー</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="93" />
        <source>occlusion, lime or gradcam (default occlusion).</source>
        <translation type="unfinished">occlusion、lime、gradcam のいずれか (既定値 occlusion)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="94" />
        <source>Frame to explain (1-based, default 1).</source>
        <translation type="unfinished">説明するフレーム (1 から数える。既定値 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="95" />
        <source>Class to explain, by name or 0-based index (default: the predicted class; segmentation models explain the nerve).</source>
        <translation type="unfinished">説明するクラス。名前または 0 から数えるインデックスで指定 (既定値: 予測クラス。セグメンテーションモデルは神経を説明します)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="97" />
        <source>Heatmap over the frame (PNG).</source>
        <translation type="unfinished">フレームに重ねたヒートマップ (PNG)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <source>Raw heatmap values at frame size (32-bit float TIFF).</source>
        <translation type="unfinished">フレームサイズの生のヒートマップ値 (32 ビット浮動小数点 TIFF)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="99" />
        <source>Overlay opacity 0-1 (default 0.6).</source>
        <translation type="unfinished">重ね合わせの不透明度 0～1 (既定値 0.6)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="100" />
        <source>Occlusion window side in model pixels (default 16).</source>
        <translation type="unfinished">遮蔽ウィンドウの一辺 (モデル入力のピクセル数、既定値 16)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="101" />
        <source>Occlusion window step in model pixels (default 8).</source>
        <translation type="unfinished">遮蔽ウィンドウの移動幅 (モデル入力のピクセル数、既定値 8)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="102" />
        <source>What hides a region: mean, zero, blur or region (its own mean) (default mean).</source>
        <translation type="unfinished">領域を隠す方法: mean、zero、blur、region (領域自身の平均) (既定値 mean)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="103" />
        <source>Scale of the explained score: logodds or probability (default logodds: a confident model's probability barely moves).</source>
        <translation type="unfinished">説明するスコアの尺度: logodds または probability (既定値 logodds。確信度の高いモデルでは確率がほとんど動かないため)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="106" />
        <source>LIME superpixels (default 32 on a classifier's nerve crop, 64 on a whole frame).</source>
        <translation type="unfinished">LIME のスーパーピクセル数 (既定値: 分類モデルの神経切り出し範囲では 32、フレーム全体では 64)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="108" />
        <source>CPU arithmetic: auto (bfloat16 where the CPU computes it natively, about twice as fast; float32 elsewhere), float32 or bfloat16 (default auto).</source>
        <translation type="unfinished">CPU の演算精度: auto (CPU がネイティブに計算できる場合は bfloat16 で約 2 倍高速、それ以外は float32)、float32、bfloat16 (既定値 auto)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="192" />
        <source>%1 of %2 (%3, %4) on frame %5: %6 model evaluations in %7 s on %8</source>
        <translation type="unfinished">%8 上で、フレーム %5 における %2 (%3, %4) の %1: モデル評価 %6 回、%7 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="105" />
        <source>LIME samples (default 1000).</source>
        <translation type="unfinished">LIME のサンプル数 (既定値 1000)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="107" />
        <source>LIME random seed (default 1).</source>
        <translation type="unfinished">LIME の乱数シード (既定値 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="111" />
        <source>Print a JSON summary instead of text.</source>
        <translation type="unfinished">テキストの代わりに JSON の要約を出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="117" />
        <location filename="../app/cli/GradeCommand.cpp" line="45" />
        <source>--model NAME is required</source>
        <translation type="unfinished">--model NAME を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="119" />
        <source>--out heat.png (or --raw heat.tiff) is required</source>
        <translation type="unfinished">--out heat.png (または --raw heat.tiff) を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="129" />
        <source>--opacity must be between 0 and 1</source>
        <translation type="unfinished">--opacity は 0 から 1 の間で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="138" />
        <source>--frame must be within 1-%1</source>
        <translation type="unfinished">--frame は 1～%1 の範囲で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="152" />
        <source>--target %1 is not a class of %2 (%3)</source>
        <translation type="unfinished">--target %1 は %2 のクラスではありません (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="157" />
        <source>frame %1: %2</source>
        <translation type="unfinished">フレーム %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="197" />
        <source>heatmap range %1 to %2, peak at (%3, %4)</source>
        <translation type="unfinished">ヒートマップの範囲 %1 ～ %2、ピーク位置 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="34" />
        <source>dataset synth: generate a labelled synthetic dataset folder (images/, masks/, manifest.csv, manifest.json), split train/val/test 70/15/15 by patient. Each patient has a left and a right wrist, graded per task. For --task motor-units, --patients is the number of tissue-velocity sequences and --frames-per-wrist, when given, the frames per sequence (default 400); see docs/motor-unit-format.md.</source>
        <translation type="unfinished">dataset synth: ラベル付きの合成データセットフォルダー (images/、masks/、manifest.csv、manifest.json) を生成し、患者単位で train/val/test に 70/15/15 で分割します。各患者は左右の手関節を持ち、タスクごとにグレードが付けられます。--task motor-units では、--patients は組織速度シーケンスの数、--frames-per-wrist (指定時) はシーケンスあたりのフレーム数 (既定値 400) です。docs/motor-unit-format.md を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="38" />
        <source>The action (only "synth" for now).</source>
        <translation type="unfinished">アクション (現在は "synth" のみ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="39" />
        <source>segmentation, cts-binary, cts-severity or motor-units.</source>
        <translation type="unfinished">segmentation、cts-binary、cts-severity、motor-units のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="40" />
        <source>Number of synthetic patients (default 10).</source>
        <translation type="unfinished">合成患者数 (既定値 10)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="41" />
        <source>Frames per wrist (default 10).</source>
        <translation type="unfinished">手関節あたりのフレーム数 (既定値 10)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="42" />
        <location filename="../app/cli/SynthCommand.cpp" line="76" />
        <source>Random seed (default 1).</source>
        <translation type="unfinished">乱数シード (既定値 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="43" />
        <source>Non-zero: the same patients and frames as --seed gives, each seen through new speckle and noise (masks and manifest unchanged), e.g. to test a model on a second look at the same wrists (default 0).</source>
        <translation type="unfinished">0 以外: --seed と同じ患者とフレームを、新しいスペックルとノイズで生成します (マスクとマニフェストは変わりません)。同じ手関節をもう一度撮像した画像でモデルを試す場合などに使用します (既定値 0)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="47" />
        <source>Scanner profile(s), comma-separated: hm70a, minisono, handheld (default hm70a; with several, each patient gets one).</source>
        <translation type="unfinished">スキャナープロファイル (カンマ区切り): hm70a、minisono、handheld (既定値 hm70a。複数指定時は患者ごとにいずれか 1 つ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="49" />
        <location filename="../app/cli/FramesCommand.cpp" line="21" />
        <location filename="../app/cli/SegmentCommand.cpp" line="56" />
        <source>Output folder (created if missing).</source>
        <translation type="unfinished">出力フォルダー (存在しない場合は作成)。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="50" />
        <source>Wrists generated at once (default: one per core). The folder is the same for any count.</source>
        <translation type="unfinished">同時に生成する手関節の数 (既定値: コアあたり 1)。数に関係なく同じフォルダーが生成されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="57" />
        <source>unknown action "%1" (expected: dataset synth)</source>
        <translation type="unfinished">不明なアクション "%1" (想定: dataset synth)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="59" />
        <source>--task is required (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">--task を指定してください (segmentation、cts-binary、cts-severity、motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="69" />
        <source>--patients must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patients は 1 から 100000 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="71" />
        <source>--frames-per-wrist must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames-per-wrist は 1 から 10000 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="75" />
        <location filename="../app/cli/SynthCommand.cpp" line="105" />
        <location filename="../app/cli/TrainCommand.cpp" line="159" />
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished">--seed は 0 以上の整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="77" />
        <source>--speckle-seed must be a non-negative whole number</source>
        <translation type="unfinished">--speckle-seed は 0 以上の整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="84" />
        <source>--speckle-seed is for the B-mode tasks, not motor-units</source>
        <translation type="unfinished">--speckle-seed は B モードのタスク用で、motor-units には使用できません</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="91" />
        <source>wrote %1: %2 motor-unit sequence(s) of %3 frames, index.json</source>
        <translation type="unfinished">%1 を書き出しました: %3 フレームの運動単位シーケンス %2 個、index.json</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="97" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">不明なタスク "%1" (segmentation、cts-binary、cts-severity、motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="107" />
        <location filename="../app/cli/SynthCommand.cpp" line="97" />
        <source>unknown profile "%1" (hm70a, minisono, handheld)</source>
        <translation type="unfinished">不明なプロファイル "%1" (hm70a、minisono、handheld)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="111" />
        <source>--profile names no profile</source>
        <translation type="unfinished">--profile にプロファイルが指定されていません</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="119" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 %2 患者 %3 フレーム</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="120" />
        <source>wrote %1: %2 frame(s) for %3 (%4)</source>
        <translation type="unfinished">%1 を書き出しました: %3 のフレーム %2 枚 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="61" />
        <location filename="../app/cli/FramesCommand.cpp" line="27" />
        <source>--out DIR is required</source>
        <translation type="unfinished">--out DIR を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="59" />
        <source>frame range %1-%2 is not within 1-%3</source>
        <translation type="unfinished">フレーム範囲 %1-%2 が 1-%3 の範囲外です</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="43" />
        <location filename="../app/cli/SegmentCommand.cpp" line="87" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">出力フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="58" />
        <location filename="../app/cli/SegmentCommand.cpp" line="40" />
        <location filename="../app/cli/SegmentCommand.cpp" line="113" />
        <source>cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1 に書き込めません (ディスクの空き容量不足か、読み取り専用の可能性があります)</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="60" />
        <source>wrote frame %1</source>
        <translation type="unfinished">フレーム %1 を書き出しました</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="62" />
        <source>%1 frame(s) written to %2</source>
        <translation type="unfinished">%1 フレームを %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="64" />
        <source>%1 frame(s) could not be decoded; first: %2</source>
        <translation type="unfinished">%1 フレームをデコードできませんでした。最初のフレーム: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="69" />
        <source>Created workspace %1 (schema version %2)</source>
        <translation type="unfinished">ワークスペース %1 を作成しました (スキーマバージョン %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="76" />
        <source>import needs at least one FILE</source>
        <translation type="unfinished">import には FILE を 1 つ以上指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="90" />
        <source>%1: already in the workspace as study %2</source>
        <translation type="unfinished">%1: 既に検査 %2 としてワークスペースにあります</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="92" />
        <source>%1: imported as study %2 (%3)</source>
        <translation type="unfinished">%1: 検査 %2 として取り込みました (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>copied</source>
        <translation type="unfinished">コピー</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>referenced in place</source>
        <translation type="unfinished">元の場所を参照</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="120" />
        <source>%1  %2  %3 frames  %4 x %5  %6 contours on %7 frames  %8  %9  %10</source>
        <translation type="unfinished">%1  %2  %3 フレーム  %4 x %5  輪郭 %6 個 (%7 フレーム)  %8  %9  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="126" />
        <source>No studies yet (nervescope-cli workspace import DIR FILE...).</source>
        <translation type="unfinished">検査はまだありません (nervescope-cli workspace import DIR FILE...)。</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="137" />
        <source>grade needs --study ID (see workspace list)</source>
        <translation type="unfinished">grade には --study ID が必要です (workspace list を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="145" />
        <source>--grade must be normal, mild, moderate, severe, cts or no-cts</source>
        <translation type="unfinished">--grade は normal、mild、moderate、severe、cts、no-cts のいずれかで指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="148" />
        <source>grade needs --rater NAME: who gives the grade</source>
        <translation type="unfinished">grade には --rater NAME (グレードを付ける人) が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="157" />
        <source>the workspace has no study %1</source>
        <translation type="unfinished">ワークスペースに検査 %1 はありません</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="160" />
        <source>study %1 graded %2 by %3</source>
        <translation type="unfinished">検査 %1 に %3 がグレード %2 を付けました</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="174" />
        <source>The study file cannot be opened: %1</source>
        <translation type="unfinished">検査ファイルを開けません: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="197" />
        <source>no study with id %1</source>
        <translation type="unfinished">ID %1 の検査はありません</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="213" />
        <source>study %1 frame %2 contour %3  %4  %5 (%6)  %7 px^2  %8  %9 vertices  %10</source>
        <translation type="unfinished">検査 %1 フレーム %2 輪郭 %3  %4  %5 (%6)  %7 px^2  %8  頂点 %9 個  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>%1 mm^2</source>
        <translation type="unfinished">%1 mm^2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>no mm^2: %1</source>
        <translation type="unfinished">mm^2 なし: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="252" />
        <source>Annotation workspaces (a folder with workspace.sqlite):
  create DIR                     make a new workspace
  import DIR FILE... [--copy]    add studies (referenced in place, or copied in)
  list DIR [--json]              studies with contour counts and review status
  annotations DIR [--study ID] [--json]
                                 contours with vertices, areas (px and mm^2), rater, source, status
  grade DIR --study ID --grade G --rater NAME
                                 record a person's CTS grade (normal, mild, moderate, severe, cts, no-cts)</source>
        <translation type="unfinished">アノテーションワークスペース (workspace.sqlite を含むフォルダー):
  create DIR                     新しいワークスペースを作成
  import DIR FILE... [--copy]    検査を追加 (元の場所を参照、またはコピー)
  list DIR [--json]              検査一覧と輪郭数、レビュー状態
  annotations DIR [--study ID] [--json]
                                 輪郭の頂点、面積 (px と mm^2)、評価者、作成元、状態
  grade DIR --study ID --grade G --rater NAME
                                 担当者による CTS グレードを記録 (normal、mild、moderate、severe、cts、no-cts)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="260" />
        <source>create, import, list, annotations or grade</source>
        <translation type="unfinished">create、import、list、annotations、grade のいずれか</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="265" />
        <source>annotations: only this study; grade: the study to grade.</source>
        <translation type="unfinished">annotations: この検査のみ。grade: グレードを付ける検査。</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="266" />
        <source>grade: normal, mild, moderate, severe, cts or no-cts.</source>
        <translation type="unfinished">grade: normal、mild、moderate、severe、cts、no-cts のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="267" />
        <source>grade: who gives the grade.</source>
        <translation type="unfinished">grade: グレードを付ける人。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="60" />
        <source>Export the labelled frames of a workspace as a dataset:
  png     images/ + masks/ + manifest.json/.csv (trainable: nervescope-cli train --data DIR)
  coco    images/ + annotations.json (polygons, category "median nerve")
  nnunet  nnU-Net v2 raw: imagesTr/, labelsTr/ (0/1), dataset.json
  csv     measurements.csv: one row per contour with areas and grade
  dicom-seg  per DICOM study and rater: &lt;name&gt;_seg.dcm (DICOM Segmentation of the median nerve, referencing its source frames) + &lt;name&gt;_image.dcm (the source, de-identified)
  dicom-sr   per DICOM study and rater: &lt;name&gt;_sr.dcm (TID 1500 report of the nerve area in mm2 per frame) + &lt;name&gt;_image.dcm
Studies that are not DICOM are skipped by the DICOM formats, with a note. Patients are pseudonymised (a per-workspace secret in WORKSPACE/export-salt) and no file names, paths or dates are written unless --no-deidentify. Splits are by patient. DIR must be new or empty; it appears only when the export is complete.</source>
        <translation type="unfinished">ワークスペースのラベル付きフレームをデータセットとしてエクスポートします:
  png     images/ + masks/ + manifest.json/.csv (学習に使用可: nervescope-cli train --data DIR)
  coco    images/ + annotations.json (ポリゴン、カテゴリー "median nerve")
  nnunet  nnU-Net v2 raw: imagesTr/、labelsTr/ (0/1)、dataset.json
  csv     measurements.csv: 輪郭ごとに 1 行、面積とグレード
  dicom-seg  DICOM 検査と評価者ごと: &lt;name&gt;_seg.dcm (正中神経の DICOM Segmentation、元フレームを参照) + &lt;name&gt;_image.dcm (匿名化した元画像)
  dicom-sr   DICOM 検査と評価者ごと: &lt;name&gt;_sr.dcm (フレームごとの神経面積 (mm2) の TID 1500 レポート) + &lt;name&gt;_image.dcm
DICOM 以外の検査は DICOM 形式ではスキップされ、その旨が表示されます。患者は仮名化され (ワークスペースごとの秘密鍵 WORKSPACE/export-salt を使用)、--no-deidentify を指定しない限りファイル名、パス、日付は書き出されません。分割は患者単位です。DIR は新規または空である必要があり、エクスポートが完了した時点で作成されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="74" />
        <location filename="../app/cli/ExportCommand.cpp" line="150" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="261" />
        <source>the workspace folder</source>
        <translation type="unfinished">ワークスペースフォルダー</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="75" />
        <location filename="../app/cli/ExportCommand.cpp" line="152" />
        <source>%1.</source>
        <translation type="unfinished">%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="76" />
        <source>Output folder (new or empty).</source>
        <translation type="unfinished">出力フォルダー (新規または空)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="77" />
        <source>Keep patient IDs and source paths.</source>
        <translation type="unfinished">患者 ID と元のパスを保持します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="78" />
        <source>DICOM formats: shift dates by a fixed per-patient offset (default) or remove them.</source>
        <translation type="unfinished">DICOM 形式: 日付を患者ごとの一定のオフセットでずらす (既定) か、削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="80" />
        <source>Only these study ids (default: all).</source>
        <translation type="unfinished">指定した検査 ID のみ (既定値: すべて)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>Only frames (or studies) a reviewer approved.</source>
        <translation type="unfinished">レビュー担当者が承認したフレーム (または検査) のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82" />
        <source>Only these raters' contours.</source>
        <translation type="unfinished">指定した評価者の輪郭のみ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="83" />
        <source>Also export interpolated contours nobody touched.</source>
        <translation type="unfinished">誰も手を加えていない補間輪郭もエクスポートします。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="84" />
        <source>Train,val,test shares of patients (default 70,15,15).</source>
        <translation type="unfinished">患者の train、val、test の比率 (既定値 70,15,15)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>Black out burned-in text: outside-regions (everything outside the ultrasound regions) or X,Y,W,H (a rectangle in pixels).</source>
        <translation type="unfinished">焼き込み文字を黒塗り: outside-regions (超音波領域の外側すべて) または X,Y,W,H (ピクセル単位の矩形)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="92" />
        <source>expected one WORKSPACE, got %1 arguments (see --help)</source>
        <translation type="unfinished">WORKSPACE を 1 つ指定してください (引数 %1 個が指定されました。--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="94" />
        <source>--format and --out are required (see --help)</source>
        <translation type="unfinished">--format と --out を指定してください (--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="97" />
        <location filename="../app/cli/ExportCommand.cpp" line="164" />
        <source>unknown format "%1" (formats: %2)</source>
        <translation type="unfinished">不明な形式 "%1" (形式: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="105" />
        <source>--studies must be study ids separated by commas, e.g. 1,4,7</source>
        <translation type="unfinished">--studies はカンマ区切りの検査 ID で指定してください (例: 1,4,7)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109" />
        <source>--split must be three non-negative shares, e.g. 70,15,15</source>
        <translation type="unfinished">--split は 0 以上の 3 つの比率で指定してください (例: 70,15,15)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="114" />
        <source>--dates must be shift or remove (got "%1")</source>
        <translation type="unfinished">--dates は shift または remove で指定してください (指定値: "%1")</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="132" />
        <source>note: %1</source>
        <translation type="unfinished">注: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="135" />
        <source>exported %1 frame(s) of %2 stud(ies) as %3 (%4 item(s)%5) to %6</source>
        <translation type="unfinished">%2 件の検査の %1 フレームを %3 形式 (%4 項目%5) で %6 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, de-identified</source>
        <translation type="unfinished">、匿名化済み</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, NOT de-identified</source>
        <translation type="unfinished">、匿名化なし</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="146" />
        <source>Import a dataset folder into a workspace: every image becomes a study (copied in), its masks or polygons become contours (with the dataset's rater and source, else rater "import", manual). All or nothing: on any error the workspace is left unchanged.</source>
        <translation type="unfinished">データセットフォルダーをワークスペースに取り込みます: 各画像は検査としてコピーされ、マスクまたはポリゴンは輪郭になります (データセットの評価者と作成元を使用し、ない場合は評価者 "import"、手動)。すべて成功するか何もしないかのいずれかで、エラーが発生した場合はワークスペースは変更されません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="151" />
        <source>the dataset folder</source>
        <translation type="unfinished">データセットフォルダー</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="159" />
        <source>expected WORKSPACE and DIR, got %1 arguments (see --help)</source>
        <translation type="unfinished">WORKSPACE と DIR を指定してください (引数 %1 個が指定されました。--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="161" />
        <source>--format is required (see --help)</source>
        <translation type="unfinished">--format を指定してください (--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="175" />
        <source>imported %1 contour(s) on %2 new stud(ies)%3 from %4%5%6</source>
        <translation type="unfinished">%4 から新しい検査 %2 件%3 に輪郭 %1 個を取り込みました%5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="180" />
        <source>; %1 stud(ies) graded</source>
        <translation type="unfinished">。%1 件の検査にグレードあり</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="179" />
        <source>; %1 frame(s) approved</source>
        <translation type="unfinished">。%1 フレーム承認済み</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="177" />
        <source> and %1 already present</source>
        <translation type="unfinished"> (ほかに %1 件は取り込み済み)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="262" />
        <source>studies to import</source>
        <translation type="unfinished">取り込む検査</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="263" />
        <source>import: copy the files into the workspace instead of referencing them.</source>
        <translation type="unfinished">import: ファイルを参照せず、ワークスペースにコピーします。</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="285" />
        <source>unknown action or extra arguments: %1 (see --help)</source>
        <translation type="unfinished">不明なアクションまたは余分な引数: %1 (--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="188" />
        <source>Score a model on a labelled dataset folder (from `dataset synth` or an export): segmentation DSC/IoU/HD95/pixel AUC, or classification AUC/accuracy/confusion, per frame and per wrist, overall and per scanner profile, with bootstrap CIs over patients.</source>
        <translation type="unfinished">ラベル付きデータセットフォルダー (`dataset synth` またはエクスポートで作成) でモデルを評価します: セグメンテーションは DSC/IoU/HD95/ピクセル AUC、分類は AUC/正解率/混同行列を、フレームごと・手関節ごと、全体およびスキャナープロファイルごとに、患者単位のブートストラップ信頼区間付きで算出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="191" />
        <location filename="../app/cli/ExplainCommand.cpp" line="92" />
        <location filename="../app/cli/GradeCommand.cpp" line="37" />
        <location filename="../app/cli/SegmentCommand.cpp" line="55" />
        <source>Model name (see `models list`) or model card path.</source>
        <translation type="unfinished">モデル名 (`models list` を参照) またはモデルカードのパス。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="192" />
        <location filename="../app/cli/TrainCommand.cpp" line="70" />
        <source>Dataset folder with manifest.json.</source>
        <translation type="unfinished">manifest.json を含むデータセットフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="193" />
        <source>train, val, test or all (default test).</source>
        <translation type="unfinished">train、val、test、all のいずれか (既定値 test)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="194" />
        <source>wrist, forearm or longitudinal (default: the model's view).</source>
        <translation type="unfinished">wrist、forearm、longitudinal のいずれか (既定値: モデルの断面)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="195" />
        <source>Only these scanner profiles (comma-separated).</source>
        <translation type="unfinished">指定したスキャナープロファイルのみ (カンマ区切り)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="196" />
        <source>Bootstrap resamples for CIs (default 1000; 0 = none).</source>
        <translation type="unfinished">信頼区間のブートストラップ再標本化回数 (既定値 1000。0 = なし)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="197" />
        <source>Print the full report as JSON.</source>
        <translation type="unfinished">完全なレポートを JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="198" />
        <source>Also write the headline figures into the model's card (metrics.KEY), e.g. --record heldOut.</source>
        <translation type="unfinished">主要な数値をモデルカード (metrics.KEY) にも書き込みます (例: --record heldOut)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="200" />
        <source>Compare with this second model on the same frames: paired differences with bootstrap CIs over patients (DeLong's test for AUCs).</source>
        <translation type="unfinished">同じフレームで 2 つ目のモデルと比較します: 患者単位のブートストラップ信頼区間付きの対応差 (AUC は DeLong 検定)。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="203" />
        <source>Also write what was decided on each frame to this CSV file (classifiers: truth, prediction, probabilities; segmentation: DSC, IoU, HD95), to find the frames a model gets wrong.</source>
        <translation type="unfinished">各フレームの判定結果もこの CSV ファイルに書き出します (分類: 正解、予測、確率。セグメンテーション: DSC、IoU、HD95)。モデルが誤るフレームの特定に使用します。</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="212" />
        <source>--model NAME and --data DIR are required</source>
        <translation type="unfinished">--model NAME と --data DIR を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="220" />
        <source>--split must be train, val, test or all</source>
        <translation type="unfinished">--split は train、val、test、all のいずれかで指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="228" />
        <source>--resamples must be 0 or more</source>
        <translation type="unfinished">--resamples は 0 以上で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="236" />
        <source>--record and --frames write one model's figures: leave out --against</source>
        <translation type="unfinished">--record と --frames は 1 つのモデルの数値を書き出します。--against は指定しないでください</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="269" />
        <source>%1 %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), profiles %8, %9</source>
        <translation type="unfinished">%1 %2、%3 (%4 分割、%5 断面): 患者 %7 名の %6 フレーム、プロファイル %8、%9</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="176" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="278" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="279" />
        <source>All profiles:</source>
        <translation type="unfinished">全プロファイル:</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="120" />
        <source>  %1 (n=%2): A %3, B %4, A-B %5</source>
        <translation type="unfinished">  %1 (n=%2): A %3、B %4、A-B %5</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="124" />
        <source>, DeLong p = %1</source>
        <translation type="unfinished">、DeLong p = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="126" />
        <source> (95% CI %1 to %2)</source>
        <translation type="unfinished"> (95% CI %1 ～ %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="128" />
        <source>; A better on %1, B on %2, tied %3</source>
        <translation type="unfinished">。A が優位 %1、B が優位 %2、同等 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="133" />
        <source>: A is better</source>
        <translation type="unfinished">: A が優れています</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="135" />
        <source>: B is better</source>
        <translation type="unfinished">: B が優れています</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="137" />
        <source>: no significant difference</source>
        <translation type="unfinished">: 有意差なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="163" />
        <source>%n frame(s) left out: their rows have no label for this model (ungraded studies)</source>
        <translation type="unfinished">
            <numerusform>%n フレームを除外しました: このモデル用のラベルがありません (グレード未判定の検査)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="169" />
        <source>A = %1, B = %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), %8</source>
        <translation type="unfinished">A = %1、B = %2、%3 (%4 分割、%5 断面): 患者 %7 名の %6 フレーム、%8</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="160" />
        <source>%n frame(s) left out: a nerve locator found no nerve there</source>
        <translation type="unfinished">
            <numerusform>%n フレームを除外しました: 神経検出器が神経を見つけられませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="179" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="282" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="283" />
        <source>Profile %1:</source>
        <translation type="unfinished">プロファイル %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="14" />
        <source>cpu or cuda (default: cuda when available, else cpu).</source>
        <translation type="unfinished">cpu または cuda (既定値: 使用可能なら cuda、それ以外は cpu)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="15" />
        <source>CPU threads (default: chosen by measurement).</source>
        <translation type="unfinished">CPU スレッド数 (既定値: 計測により自動選択)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="16" />
        <source>Frames per forward pass (default 8).</source>
        <translation type="unfinished">1 回の順伝播あたりのフレーム数 (既定値 8)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="26" />
        <source>--device cuda: this LibTorch sees no CUDA device</source>
        <translation type="unfinished">--device cuda: この LibTorch からは CUDA デバイスが見えません</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="30" />
        <source>--device must be cpu or cuda, not "%1"</source>
        <translation type="unfinished">--device は cpu または cuda で指定してください ("%1" は無効です)</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="37" />
        <source>--threads must be a positive number</source>
        <translation type="unfinished">--threads は正の数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="44" />
        <source>--batch must be a positive number</source>
        <translation type="unfinished">--batch は正の数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="19" />
        <source>models list: the available models (name, task, parameters, sha256) and whether each weights file matches its card.</source>
        <translation type="unfinished">models list: 使用可能なモデル (名前、タスク、パラメーター数、sha256) と、各重みファイルがモデルカードと一致するかを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="21" />
        <source>The action (only "list" for now).</source>
        <translation type="unfinished">アクション (現在は "list" のみ)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="27" />
        <source>unknown action "%1" (only "list")</source>
        <translation type="unfinished">不明なアクション "%1" ("list" のみ)</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="59" />
        <source>No models found in: %1</source>
        <translation type="unfinished">モデルが見つかりません: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="61" />
        <source>skipped: %1</source>
        <translation type="unfinished">スキップ: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="52" />
        <source>Segment the median nerve on every frame: writes masks/frame_NNNN.png (255 = nerve), contours.json and areas.csv to --out.</source>
        <translation type="unfinished">すべてのフレームで正中神経をセグメンテーションします: masks/frame_NNNN.png (255 = 神経)、contours.json、areas.csv を --out に書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="57" />
        <source>Probability threshold (default 0.5).</source>
        <translation type="unfinished">確率のしきい値 (既定値 0.5)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="58" />
        <source>Replace each contour by its fitted ellipse.</source>
        <translation type="unfinished">各輪郭を当てはめた楕円で置き換えます。</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="65" />
        <source>--model NAME and --out DIR are required</source>
        <translation type="unfinished">--model NAME と --out DIR を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="80" />
        <source>--threshold must be between 0 and 1</source>
        <translation type="unfinished">--threshold は 0 から 1 の間で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="127" />
        <source>frame %1, outline %2: %3</source>
        <translation type="unfinished">フレーム %1、輪郭 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="147" />
        <source>segmented frame %1</source>
        <translation type="unfinished">フレーム %1 をセグメンテーションしました</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SegmentCommand.cpp" line="160" />
        <source>%n outline(s) outside the size of a median nerve; the first is %1</source>
        <translation type="unfinished">
            <numerusform>正中神経の大きさから外れた輪郭が %n 個あります。最初のもの: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="162" />
        <source>segmented %1 frame(s) with %2 %3 on %4; wrote %5</source>
        <translation type="unfinished">%4 上で %2 %3 により %1 フレームをセグメンテーションしました。%5 を書き出しました</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="70" />
        <source>Generate a synthetic median-nerve cine with exact ground truth and write it as DICOM (Ultrasound Multi-frame, calibrated), MP4 or AVI. Same seed, same file.</source>
        <translation type="unfinished">正確な正解データ付きの合成正中神経シネを生成し、DICOM (Ultrasound Multi-frame、キャリブレーション済み)、MP4、AVI で書き出します。同じシードからは同じファイルが生成されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="72" />
        <source>wrist, forearm or longitudinal (default wrist).</source>
        <translation type="unfinished">wrist、forearm、longitudinal のいずれか (既定値 wrist)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="73" />
        <source>normal, mild, moderate or severe (default normal).</source>
        <translation type="unfinished">normal、mild、moderate、severe のいずれか (既定値 normal)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="74" />
        <source>Scanner profile: hm70a, minisono or handheld (default hm70a).</source>
        <translation type="unfinished">スキャナープロファイル: hm70a、minisono、handheld のいずれか (既定値 hm70a)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="75" />
        <source>Number of frames (default 60).</source>
        <translation type="unfinished">フレーム数 (既定値 60)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="77" />
        <source>A bifid median nerve (two bundles).</source>
        <translation type="unfinished">二分正中神経 (2 つの神経束)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="78" />
        <source>The nerve out of view (empty masks).</source>
        <translation type="unfinished">神経が視野外 (空のマスク)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="79" />
        <source>DICOM only: JPEG baseline (lossy) instead of uncompressed.</source>
        <translation type="unfinished">DICOM のみ: 非圧縮の代わりに JPEG ベースライン (非可逆)。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="80" />
        <source>Output file: .dcm, .mp4 or .avi.</source>
        <translation type="unfinished">出力ファイル: .dcm、.mp4、.avi。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="81" />
        <source>Also write the ground truth (per-frame contours, areas, grade, severity) as JSON.</source>
        <translation type="unfinished">正解データ (フレームごとの輪郭、面積、グレード、重症度) も JSON で書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="86" />
        <source>unexpected argument %1</source>
        <translation type="unfinished">予期しない引数 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="88" />
        <source>--out FILE is required</source>
        <translation type="unfinished">--out FILE を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="93" />
        <source>unknown view "%1" (wrist, forearm, longitudinal)</source>
        <translation type="unfinished">不明な断面 "%1" (wrist、forearm、longitudinal)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="95" />
        <source>unknown grade "%1" (normal, mild, moderate, severe)</source>
        <translation type="unfinished">不明なグレード "%1" (normal、mild、moderate、severe)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="103" />
        <source>--frames must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames は 1 から 10000 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="113" />
        <source>--out must end in .dcm, .mp4 or .avi</source>
        <translation type="unfinished">--out の拡張子は .dcm、.mp4、.avi のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="115" />
        <source>--jpeg applies to .dcm output only</source>
        <translation type="unfinished">--jpeg は .dcm 出力にのみ使用できます</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="118" />
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished">%1 に書き込めません: フォルダーが存在しません</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="123" />
        <source>the generator made %1 of %2 frames</source>
        <translation type="unfinished">ジェネレーターが作成したのは %2 フレーム中 %1 フレームです</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="144" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="147" />
        <source>wrote %1: %2 frame(s) %3x%4, %5 frames/s, %6 mm/px (%7, %8, %9, seed %10)</source>
        <translation type="unfinished">%1 を書き出しました: %2 フレーム %3x%4、%5 フレーム/秒、%6 mm/px (%7、%8、%9、シード %10)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="153" />
        <source>wrote %1: ground truth</source>
        <translation type="unfinished">%1 を書き出しました: 正解データ</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="28" />
        <source>train: exported %1 frame(s) of %2 studies from %3 to %4</source>
        <translation type="unfinished">train: %3 から %2 件の検査の %1 フレームを %4 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="61" />
        <source>Train a network on a dataset folder (from: nervescope-cli dataset synth). Uses the folder's train split for training and its val split for early stopping; writes the best epoch as OUT/NAME.pt with its model card OUT/NAME.json and the log OUT/NAME.training.csv. A checkpoint after every epoch (OUT/NAME.checkpoint/) lets --resume continue after a crash or Ctrl+C; it is removed when the model is saved.</source>
        <translation type="unfinished">データセットフォルダー (nervescope-cli dataset synth で作成) でネットワークを学習します。フォルダーの train 分割を学習に、val 分割を早期終了に使用し、最良エポックを OUT/NAME.pt として、モデルカード OUT/NAME.json と学習ログ OUT/NAME.training.csv とともに書き出します。エポックごとのチェックポイント (OUT/NAME.checkpoint/) により、クラッシュや Ctrl+C の後も --resume で続行できます。チェックポイントはモデル保存時に削除されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="65" />
        <source>segmentation, cts-binary or cts-severity.</source>
        <translation type="unfinished">segmentation、cts-binary、cts-severity のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="66" />
        <source>Architecture: sa-unet, unet (segmentation); squeezenet1_1, mobilenet_v2, efficientnet_b0 (cts-binary); severity-transverse, severity-longitudinal (cts-severity, S3's) or severity-transverse-deep (two convolutions per block; not S3's).</source>
        <translation type="unfinished">アーキテクチャ: sa-unet、unet (segmentation)。squeezenet1_1、mobilenet_v2、efficientnet_b0 (cts-binary)。severity-transverse、severity-longitudinal (cts-severity、S3 のもの)、または severity-transverse-deep (ブロックあたり 2 回の畳み込み。S3 のものではありません)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="71" />
        <source>Train on the labelled frames of this workspace instead of --data: they are exported (de-identified, split by patient) to OUT/NAME.data first.</source>
        <translation type="unfinished">--data の代わりに、このワークスペースのラベル付きフレームで学習します: 先に OUT/NAME.data にエクスポートされます (匿名化、患者単位で分割)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="74" />
        <source>Output folder for the model, its card and the log.</source>
        <translation type="unfinished">モデル、モデルカード、ログの出力フォルダー。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="75" />
        <source>Model name (default: ARCH-wrist, ARCH-cts or ARCH).</source>
        <translation type="unfinished">モデル名 (既定値: ARCH-wrist、ARCH-cts、ARCH)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="76" />
        <source>Model version for the card (default 1.0.0); annotations accepted from the model record name and version.</source>
        <translation type="unfinished">モデルカードに記載するモデルバージョン (既定値 1.0.0)。承認されたアノテーションには、このモデル名とバージョンが記録されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="78" />
        <source>Most epochs to train (default 30).</source>
        <translation type="unfinished">最大学習エポック数 (既定値 30)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="79" />
        <source>Mini-batch size (default 8).</source>
        <translation type="unfinished">ミニバッチサイズ (既定値 8)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="80" />
        <source>Adam learning rate (default 0.0005).</source>
        <translation type="unfinished">Adam の学習率 (既定値 0.0005)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="81" />
        <source>constant (default) or cosine: the rate falls along half a cosine to near 0 at the last of --epochs.</source>
        <translation type="unfinished">constant (既定) または cosine: 学習率を半周期のコサインに沿って、--epochs の最終エポックでほぼ 0 になるまで下げます。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="83" />
        <source>Random seed for weights, shuffling and augmentation (default 1).</source>
        <translation type="unfinished">重み、シャッフル、データ拡張の乱数シード (既定値 1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="84" />
        <source>Network input size (default 256x256).</source>
        <translation type="unfinished">ネットワークの入力サイズ (既定値 256x256)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="85" />
        <source>U-Nets: relu, noisy_relu, noisy_hard_tanh or noisy_hard_sigmoid (default relu).</source>
        <translation type="unfinished">U-Net 系: relu、noisy_relu、noisy_hard_tanh、noisy_hard_sigmoid のいずれか (既定値 relu)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="87" />
        <source>Manifest view to train on: wrist, forearm or longitudinal (default: wrist; longitudinal for severity-longitudinal).</source>
        <translation type="unfinished">学習に使うマニフェストの断面: wrist、forearm、longitudinal のいずれか (既定値: wrist。severity-longitudinal では longitudinal)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="89" />
        <source>Stop after this many epochs without a better validation figure (default 8).</source>
        <translation type="unfinished">検証の数値が改善しないままこのエポック数が経過したら停止します (既定値 8)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="91" />
        <source>Classifiers: dropout of the dense layers (default: the architecture's own, 0.6 for the severity CNNs as S3).</source>
        <translation type="unfinished">分類モデル: 全結合層のドロップアウト (既定値: アーキテクチャ固有の値。重症度 CNN では S3 と同じ 0.6)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="93" />
        <source>Classifiers: side in mm of the square crop around the nerve they grade (default 15, as S1; 0 = whole frame).</source>
        <translation type="unfinished">分類モデル: 判定対象とする神経周囲の正方形切り出し範囲の一辺 (mm) (既定値 15、S1 と同じ。0 = フレーム全体)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="95" />
        <source>Fine-tune from this model (a name from `models list` or a card path) instead of starting from random weights. Its task, architecture and input size must match; --arch and --input default to the base's.</source>
        <translation type="unfinished">ランダムな重みから始める代わりに、このモデル (`models list` の名前またはモデルカードのパス) からファインチューニングします。タスク、アーキテクチャ、入力サイズが一致している必要があります。--arch と --input の既定値はベースモデルのものになります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="98" />
        <source>Continue the unfinished run in OUT (same options; --epochs may grow).</source>
        <translation type="unfinished">OUT にある未完了の学習を続行します (同じオプションで。--epochs は増やせます)。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="99" />
        <source>CPU threads for LibTorch (default: all cores). Results are reproducible for a given thread count.</source>
        <translation type="unfinished">LibTorch の CPU スレッド数 (既定値: 全コア)。スレッド数が同じであれば結果は再現可能です。</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="105" />
        <source>unexpected argument "%1"</source>
        <translation type="unfinished">予期しない引数 "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="114" />
        <source>--%1 is required (see --help)</source>
        <translation type="unfinished">--%1 を指定してください (--help を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="117" />
        <source>give either --data DIR or --workspace DIR</source>
        <translation type="unfinished">--data DIR または --workspace DIR のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="121" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity)</source>
        <translation type="unfinished">不明なタスク "%1" (segmentation、cts-binary、cts-severity)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="136" />
        <source>--version must look like 1.2.0</source>
        <translation type="unfinished">--version は 1.2.0 のような形式で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="142" />
        <source>--epochs must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--epochs は 1 から 100000 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="144" />
        <source>--batch must be a whole number from 1 to 4096</source>
        <translation type="unfinished">--batch は 1 から 4096 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="146" />
        <source>--patience must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patience は 1 から 100000 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="73" />
        <location filename="../app/cli/TrainCommand.cpp" line="148" />
        <source>--threads must be a whole number from 1 to 1024</source>
        <translation type="unfinished">--threads は 1 から 1024 までの整数で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="153" />
        <source>--lr must be a number between 0 and 1, e.g. 0.0005</source>
        <translation type="unfinished">--lr は 0 から 1 の間の数値で指定してください (例: 0.0005)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="164" />
        <source>--lr-schedule must be constant or cosine</source>
        <translation type="unfinished">--lr-schedule は constant または cosine で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="171" />
        <source>--dropout must be a number from 0 to below 1</source>
        <translation type="unfinished">--dropout は 0 以上 1 未満の数値で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="173" />
        <source>fine-tuning keeps the base model's network: leave out --dropout</source>
        <translation type="unfinished">ファインチューニングではベースモデルのネットワークを維持するため、--dropout は指定しないでください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="179" />
        <source>--crop-mm must be a number of millimetres, 0 or more</source>
        <translation type="unfinished">--crop-mm はミリメートル単位の 0 以上の数値で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="185" />
        <source>--input must be WIDTHxHEIGHT, e.g. 256x256</source>
        <translation type="unfinished">--input は WIDTHxHEIGHT の形式で指定してください (例: 256x256)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="207" />
        <source>data folder %1 does not exist</source>
        <translation type="unfinished">データフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="220" />
        <source>wrote %1 (best validation %2 %3 at epoch %4 of %5%6); log %7</source>
        <translation type="unfinished">%1 を書き出しました (最良の検証 %2 %3、エポック %4/%5%6)。ログ: %7</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="225" />
        <source>, stopped early</source>
        <translation type="unfinished">、早期終了</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22" />
        <source>Median-nerve ultrasound viewer and annotator</source>
        <translation type="unfinished">正中神経超音波ビューアー・アノテーションツール</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26" />
        <source>Open FILE, save a screenshot of the window to PNG and quit.</source>
        <translation type="unfinished">FILE を開き、ウィンドウのスクリーンショットを PNG に保存して終了します。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29" />
        <source>Show frame N (1-based) first.</source>
        <translation type="unfinished">最初にフレーム N (1 から数える) を表示します。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33" />
        <source>DICOM, video or image file, or a folder of images.</source>
        <translation type="unfinished">DICOM、動画、画像ファイル、または画像フォルダー。</translation>
    </message>
</context>
<context>
    <name>ns::synth</name>
    <message>
        <location filename="../core/synth/CineGenerator.cpp" line="193" />
        <source>Generating synthetic frame %1 of %2</source>
        <translation type="unfinished">合成フレーム %1 / %2 を生成中</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="59" />
        <source>Samsung HM70A-like</source>
        <translation type="unfinished">Samsung HM70A 相当</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="72" />
        <source>Alpinion miniSONO-like</source>
        <translation type="unfinished">Alpinion miniSONO 相当</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="85" />
        <source>Handheld wireless probe-like</source>
        <translation type="unfinished">ハンドヘルドワイヤレスプローブ相当</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiController</name>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="163" />
        <source>No segmentation model is installed. See the README's section on models.</source>
        <translation type="unfinished">セグメンテーションモデルがインストールされていません。README のモデルに関する節を参照してください。</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="168" />
        <source>Loading the model…</source>
        <translation type="unfinished">モデルを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="210" />
        <source>Segmented frame %1</source>
        <translation type="unfinished">フレーム %1 をセグメンテーションしました</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="218" />
        <source>Segmentation cancelled after %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>%n フレームでセグメンテーションをキャンセルしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="219" />
        <source>Segmented %n frame(s) on %1.</source>
        <translation type="unfinished">
            <numerusform>%1 で %n フレームをセグメンテーションしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="234" />
        <source>Loading the grader…</source>
        <translation type="unfinished">判定モデルを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="287" />
        <source>Graded frame %1</source>
        <translation type="unfinished">フレーム %1 を判定しました</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="299" />
        <location filename="../ui/ai/AiController.cpp" line="305" />
        <source>Grading cancelled.</source>
        <translation type="unfinished">判定をキャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="303" />
        <source>cancelled after %1 of %n frame(s); no grade was stored.</source>
        <translation type="unfinished">
            <numerusform>%n フレーム中 %1 フレームでキャンセルされました。グレードは保存していません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="319" />
        <source>The grade could not be stored: %1</source>
        <translation type="unfinished">グレードを保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="322" />
        <source>Graded %n frame(s) with %1.</source>
        <translation type="unfinished">
            <numerusform>%1 で %n フレームを判定しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="324" />
        <source>AI outlines await review on %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>%n フレームの AI 輪郭が確認待ちです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="384" />
        <source>The contour could not be stored: %1</source>
        <translation type="unfinished">輪郭を保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="437" />
        <source>Accept AI contours on %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>%n フレームの AI 輪郭を採用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="452" />
        <source>Stored %1 of %2 AI contours; the others are still pending: %3</source>
        <translation type="unfinished">AI 輪郭 %2 個中 %1 個を保存しました。残りは未決定のままです: %3</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiFeature</name>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="38" />
        <source>AI Review</source>
        <translation type="unfinished">AI レビュー</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="53" />
        <source>Show or hide the AI review panel (Ctrl+Shift+A)</source>
        <translation type="unfinished">AI レビューパネルの表示/非表示 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="68" />
        <source>Analyse Studies on &amp;Open</source>
        <translation type="unfinished">検査を開いたときに解析(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="71" />
        <source>When a study opens, outline the nerve and grade the study with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="unfinished">検査を開いたときに、AI パネルで選択したモデルで神経の輪郭を描出し、検査のグレードを判定します。AI の結果を見る前に画像を確認したい場合はオフにしてください。</translation>
    </message>
    <message>
        <source>When a study opens, outline the nerve on its first frame and grade it with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="obsolete">検査を開いたときに、AI パネルで選択したモデルで最初のフレームの神経の輪郭を描出し、グレードを判定します。AI の結果を見る前に画像を確認したい場合はオフにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="120" />
        <source>Analysing the study (AI ▸ Analyse Studies on Open turns this off)…</source>
        <translation type="unfinished">検査を解析中 (AI ▸ 検査を開いたときに解析 でオフにできます)…</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Segment &amp;Frame</source>
        <translation type="unfinished">フレームを解析(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Outline the nerve on the frame on screen</source>
        <translation type="unfinished">表示中のフレームで神経の輪郭を描出します</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Segment &amp;Cine</source>
        <translation type="unfinished">シネを解析(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Outline the nerve on every frame of the study</source>
        <translation type="unfinished">検査の全フレームで神経の輪郭を描出します</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>&amp;Grade Study</source>
        <translation type="unfinished">検査を判定(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>Grade carpal tunnel syndrome over all frames of the study</source>
        <translation type="unfinished">検査の全フレームで手根管症候群を判定します</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>&amp;Accept</source>
        <translation type="unfinished">採用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>Store the selected AI contour as an annotation (all of the frame's when none is selected)</source>
        <translation type="unfinished">選択した AI 輪郭をアノテーションとして保存します (未選択の場合はフレームのすべての輪郭)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="116" />
        <source>Accept All F&amp;rames</source>
        <translation type="unfinished">全フレームを採用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="117" />
        <source>Store the AI contours of every frame (after Segment Cine) as annotations, in one undo step</source>
        <translation type="unfinished">全フレームの AI 輪郭 (シネのセグメンテーション後) をアノテーションとして保存します (1 回の操作で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>&amp;Edit</source>
        <translation type="unfinished">編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>Store the selected AI contour and edit its vertices; it becomes "corrected"</source>
        <translation type="unfinished">選択した AI 輪郭を保存して頂点を編集します。輪郭は「修正済み」になります</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>&amp;Reject</source>
        <translation type="unfinished">却下(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>Discard the selected AI contour (all of the frame's when none is selected)</source>
        <translation type="unfinished">選択した AI 輪郭を破棄します (未選択の場合はフレームのすべての輪郭)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <location filename="../ui/ai/AiPanel.cpp" line="166" />
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <source>Stop the running AI job</source>
        <translation type="unfinished">実行中の AI ジョブを停止します</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="123" />
        <source>Default models were trained on synthetic phantoms and are &lt;b&gt;not clinically validated&lt;/b&gt;.</source>
        <translation type="unfinished">既定モデルは合成ファントムで学習されており、&lt;b&gt;臨床的に検証されていません&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="128" />
        <source>Segmentation</source>
        <translation type="unfinished">セグメンテーション</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="131" />
        <source>The segmentation model; its card is shown below</source>
        <translation type="unfinished">セグメンテーションモデル (モデルカードを下に表示)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="151" />
        <source>Where the model runs: the GPU when LibTorch has CUDA, the CPU otherwise</source>
        <translation type="unfinished">モデルの実行場所: LibTorch が CUDA に対応している場合は GPU、それ以外は CPU</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="152" />
        <source>Force CPU</source>
        <translation type="unfinished">CPU を強制</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="153" />
        <source>Run on the CPU even when a GPU is available</source>
        <translation type="unfinished">GPU が使用可能でも CPU で実行します</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="171" />
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;annotation</source>
        <translation type="unfinished">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI 予測 (未決定) &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;アノテーション</translation>
    </message>
    <message>
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt; annotation</source>
        <translation type="obsolete">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI 予測 (未決定) &amp;nbsp; &lt;b&gt;——&lt;/b&gt; アノテーション</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="173" />
        <source>Accepted contours keep the model's name and version as their source</source>
        <translation type="unfinished">採用した輪郭には、作成元としてモデル名とバージョンが記録されます</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="178" />
        <source>AI contours on this frame; select one to decide on it alone</source>
        <translation type="unfinished">このフレームの AI 輪郭 (1 つを選択すると、その輪郭だけを決定できます)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="188" />
        <source>CTS grade</source>
        <translation type="unfinished">CTS グレード</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="191" />
        <source>The grading model: binary (CTS or not) or 4-level severity</source>
        <translation type="unfinished">判定モデル: 二値 (CTS の有無) または 4 段階の重症度</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="254" />
        <source>Failed: %1</source>
        <translation type="unfinished">失敗: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="255" />
        <location filename="../ui/ai/AiPanel.cpp" line="345" />
        <source>Runs on: %1</source>
        <translation type="unfinished">実行デバイス: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="308" />
        <source>No model installed: see the README's section on models.</source>
        <translation type="unfinished">モデルがインストールされていません: README のモデルに関する節を参照してください。</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="327" />
        <source>%1, %2 parameters, input %3×%4</source>
        <translation type="unfinished">%1、パラメーター数 %2、入力 %3×%4</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="344" />
        <source>Runs on: chosen when the model first runs</source>
        <translation type="unfinished">実行デバイス: モデルの初回実行時に決定</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="373" />
        <source>AI %1 · confidence %2% · %3</source>
        <translation type="unfinished">AI %1 · 確信度 %2% · %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="375" />
        <source>%1
Outlined by %2 %3.</source>
        <translation type="unfinished">%1
輪郭: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="385" />
        <source>No nerve found on this frame by %1.</source>
        <translation type="unfinished">%1 はこのフレームで神経を検出しませんでした。</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">新規ワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>Create a workspace folder where annotations are stored as you make them</source>
        <translation type="unfinished">アノテーションを作成と同時に保存するワークスペースフォルダーを作成します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="13" />
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished">ワークスペースを開く(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="14" />
        <source>Open a workspace folder to annotate studies in it</source>
        <translation type="unfinished">ワークスペースフォルダーを開いて、その中の検査にアノテーションを付けます</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>&amp;Navigate</source>
        <translation type="unfinished">ナビゲート(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>Pan and zoom; no contour tool</source>
        <translation type="unfinished">パンとズーム (輪郭ツールなし)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="19" />
        <source>&amp;Polygon</source>
        <translation type="unfinished">ポリゴン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="20" />
        <source>Click the vertices; double-click, click the first vertex or press Enter to close; Esc cancels</source>
        <translation type="unfinished">頂点をクリックします。ダブルクリック、最初の頂点をクリック、または Enter で閉じ、Esc でキャンセルします</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Free&amp;hand</source>
        <translation type="unfinished">フリーハンド(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Drag around the nerve; release to close</source>
        <translation type="unfinished">神経の周囲をドラッグし、離すと閉じます</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="22" />
        <source>&amp;Ellipse</source>
        <translation type="unfinished">楕円(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="23" />
        <source>Drag the bounding box of an ellipse; then drag its axis handles to resize it and the round handle to rotate it (Shift: 15° steps)</source>
        <translation type="unfinished">楕円の外接矩形をドラッグし、軸ハンドルのドラッグでサイズ変更、丸いハンドルのドラッグで回転します (Shift: 15° 単位)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="25" />
        <source>Edit &amp;Contours</source>
        <translation type="unfinished">輪郭を編集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="26" />
        <source>Click to select; drag a vertex or the whole contour; double-click an edge to add a vertex; Delete removes the selected vertex or contour</source>
        <translation type="unfinished">クリックで選択し、頂点または輪郭全体をドラッグします。辺をダブルクリックすると頂点を追加し、Delete で選択中の頂点または輪郭を削除します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="28" />
        <source>&amp;Brush</source>
        <translation type="unfinished">ブラシ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="29" />
        <source>Paint onto the contour under the brush (or a new one on empty image); the outline follows. [ and ] change the brush size</source>
        <translation type="unfinished">ブラシ下の輪郭に塗り足します (何もない場所では新しい輪郭を作成)。輪郭線が追従します。[ と ] でブラシサイズを変更します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="31" />
        <source>E&amp;raser</source>
        <translation type="unfinished">消しゴム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="32" />
        <source>Erase from the contour under the brush; cutting it in two gives two contours of one label, erasing all of it deletes it. [ and ] change the size</source>
        <translation type="unfinished">ブラシ下の輪郭を消去します。2 つに分断すると同じラベルの輪郭 2 つになり、すべて消去すると輪郭は削除されます。[ と ] でサイズを変更します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="34" />
        <source>Navigate</source>
        <translation type="unfinished">ナビゲート</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="35" />
        <source>Brush</source>
        <translation type="unfinished">ブラシ</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="36" />
        <source>Eraser</source>
        <translation type="unfinished">消しゴム</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="37" />
        <source>Polygon</source>
        <translation type="unfinished">ポリゴン</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="38" />
        <source>Freehand</source>
        <translation type="unfinished">フリーハンド</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="39" />
        <source>Ellipse</source>
        <translation type="unfinished">楕円</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="40" />
        <source>Edit</source>
        <translation type="unfinished">編集</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>&amp;Undo</source>
        <translation type="unfinished">元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>Undo the last annotation edit</source>
        <translation type="unfinished">直前のアノテーション編集を元に戻します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="48" />
        <source>&amp;Redo</source>
        <translation type="unfinished">やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="49" />
        <source>Redo the annotation edit that was undone</source>
        <translation type="unfinished">元に戻したアノテーション編集をやり直します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="50" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Undo</source>
        <translation type="unfinished">元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="51" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Redo</source>
        <translation type="unfinished">やり直し</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="55" />
        <source>&amp;Copy Contour to Next Frame</source>
        <translation type="unfinished">輪郭を次のフレームにコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="56" />
        <source>Copy the selected contour (none selected: all of yours on this frame) to the next frame and show it; one undo step</source>
        <translation type="unfinished">選択した輪郭 (未選択の場合はこのフレームの自分の輪郭すべて) を次のフレームにコピーして表示します (1 回の操作で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="58" />
        <source>Copy to Next</source>
        <translation type="unfinished">次へコピー</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="61" />
        <source>&amp;Interpolate Between Key Frames</source>
        <translation type="unfinished">キーフレーム間を補間(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="62" />
        <source>Fill the frames between your key frames (manual or corrected contours) before and after this frame with interpolated contours, drawn dashed until you edit them; one undo step</source>
        <translation type="unfinished">このフレームの前後にある自分のキーフレーム (手動または修正した輪郭) の間のフレームを補間輪郭で埋めます。補間輪郭は編集するまで破線で表示されます (1 回の操作で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="64" />
        <source>Interpolate</source>
        <translation type="unfinished">補間</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="73" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="93" />
        <source>Close the polygon	Enter, double-click, click the first vertex</source>
        <translation type="unfinished">ポリゴンを閉じる	Enter、ダブルクリック、最初の頂点をクリック</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="94" />
        <source>Cancel the contour being drawn	Esc</source>
        <translation type="unfinished">描画中の輪郭をキャンセル	Esc</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="95" />
        <source>Delete the selected vertex or contour	Delete</source>
        <translation type="unfinished">選択中の頂点または輪郭を削除	Delete</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="96" />
        <source>Smaller / larger brush (brush or eraser in hand)	[, ]</source>
        <translation type="unfinished">ブラシを小さく / 大きく (ブラシまたは消しゴム使用時)	[, ]</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="97" />
        <source>Rotate in 15° steps (rotation handle)	Shift+drag</source>
        <translation type="unfinished">15° 単位で回転 (回転ハンドル)	Shift+ドラッグ</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="34" />
        <location filename="../ui/annotation/AnnotationController.cpp" line="39" />
        <source>Measurements</source>
        <translation type="unfinished">計測</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="38" />
        <source>Show or hide the contour measurements of this frame</source>
        <translation type="unfinished">このフレームの輪郭計測値の表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="44" />
        <source>Area Along Cine</source>
        <translation type="unfinished">シネに沿った面積</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="48" />
        <source>Show or hide the nerve area of your contours along the cine</source>
        <translation type="unfinished">シネに沿った自分の輪郭の神経面積の表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="49" />
        <source>Area Plot</source>
        <translation type="unfinished">面積プロット</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="79" />
        <source>Brush radius %1 px ([ smaller, ] larger)</source>
        <translation type="unfinished">ブラシ半径 %1 px ([ で縮小、] で拡大)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="93" />
        <source>Annotation Not Stored</source>
        <translation type="unfinished">アノテーションを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="95" />
        <source>The workspace keeps its last good state.</source>
        <translation type="unfinished">ワークスペースは最後に正常だった状態を保持しています。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="107" />
        <source>Annotations of this study are stored in the workspace %1.</source>
        <translation type="unfinished">この検査のアノテーションはワークスペース %1 に保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="127" />
        <source>This is the last frame: there is no next frame to copy to</source>
        <translation type="unfinished">最後のフレームです: コピー先となる次のフレームがありません</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="128" />
        <source>No contour of yours on this frame to copy</source>
        <translation type="unfinished">このフレームにはコピーできる自分の輪郭がありません</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="133" />
        <source>Interpolation needs a cine of at least three frames</source>
        <translation type="unfinished">補間には 3 フレーム以上のシネが必要です</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished">%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo</source>
        <translation type="unfinished">元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished">%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo</source>
        <translation type="unfinished">やり直し(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationController.cpp" line="149" />
        <source>Copied %n contour(s) to frame %1.</source>
        <translation type="unfinished">
            <numerusform>%n 個の輪郭をフレーム %1 にコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="160" />
        <source>Interpolate Between Key Frames</source>
        <translation type="unfinished">キーフレーム間を補間</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="188" />
        <source>New Workspace: choose an empty folder</source>
        <translation type="unfinished">新規ワークスペース: 空のフォルダーを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="192" />
        <source>Cannot Create Workspace</source>
        <translation type="unfinished">ワークスペースを作成できません</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="195" />
        <source>Workspace %1 created.</source>
        <translation type="unfinished">ワークスペース %1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="200" />
        <source>Open Workspace</source>
        <translation type="unfinished">ワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="204" />
        <source>Cannot Open Workspace</source>
        <translation type="unfinished">ワークスペースを開けません</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="208" />
        <source>Workspace %1 is open read-only: %2</source>
        <translation type="unfinished">ワークスペース %1 は読み取り専用で開いています: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="209" />
        <source>Workspace %1 opened.</source>
        <translation type="unfinished">ワークスペース %1 を開きました。</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationSession</name>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="128" />
        <source>Cannot create a workspace in %1.</source>
        <translation type="unfinished">%1 にワークスペースを作成できません。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="138" />
        <source>Cannot open the workspace %1.</source>
        <translation type="unfinished">ワークスペース %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="215" />
        <location filename="../ui/annotation/AnnotationSession.cpp" line="242" />
        <source>The study could not be added to the workspace: %1</source>
        <translation type="unfinished">検査をワークスペースに追加できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="235" />
        <source>Annotation needs a workspace: choose File &gt; New Workspace… or Open Workspace…. Every edit is stored there as you make it.</source>
        <translation type="unfinished">アノテーションにはワークスペースが必要です: ファイル &gt; 新規ワークスペース… または ワークスペースを開く… を選択してください。編集内容はその都度ワークスペースに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="238" />
        <source>The workspace is open read-only: %1</source>
        <translation type="unfinished">ワークスペースは読み取り専用で開いています: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="240" />
        <source>Open a study to annotate it.</source>
        <translation type="unfinished">アノテーションを付けるには検査を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Eraser stroke</source>
        <translation type="unfinished">消しゴムのストローク</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Brush stroke</source>
        <translation type="unfinished">ブラシのストローク</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="294" />
        <source>Finish the contour being drawn first.</source>
        <translation type="unfinished">先に描画中の輪郭を完了してください。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="305" />
        <source>Interpolate Frames %1–%2</source>
        <translation type="unfinished">フレーム %1–%2 を補間</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="307" />
        <source>Every frame between key frames %1 and %2 holds a model's contours; nothing was interpolated.</source>
        <translation type="unfinished">キーフレーム %1 と %2 の間のすべてのフレームにモデルの輪郭があるため、補間は行いませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="314" />
        <source>Interpolated %n frame(s) between key frames %1 and %2.</source>
        <translation type="unfinished">
            <numerusform>キーフレーム %1 と %2 の間の %n フレームを補間しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="316" />
        <source>%n frame(s) with a model's contours were left as they are.</source>
        <translation type="unfinished">
            <numerusform>モデルの輪郭がある %n フレームはそのままにしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="352" />
        <source>%1 mm²</source>
        <translation type="unfinished">%1 mm²</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="353" />
        <source>%1 px²
no mm²: %2</source>
        <translation type="unfinished">%1 px²
mm² なし: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="379" />
        <source>Copy %n Contour(s) to Frame %1</source>
        <translation type="unfinished">
            <numerusform>%n 個の輪郭をフレーム %1 にコピー</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::AreaPlot</name>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="25" />
        <source>Frame</source>
        <translation type="unfinished">フレーム</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="27" />
        <source>Nerve area of your contours per frame (summed where there are several); click to show the nearest annotated frame</source>
        <translation type="unfinished">フレームごとの自分の輪郭の神経面積 (複数ある場合は合計)。クリックすると最も近いアノテーション済みフレームを表示します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (mm²)</source>
        <translation type="unfinished">面積 (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (px²)</source>
        <translation type="unfinished">面積 (px²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="134" />
        <source>No contours of yours in this study yet.</source>
        <translation type="unfinished">この検査にはまだ自分の輪郭がありません。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="136" />
        <source>In px²: not every contour lies in one calibrated region.</source>
        <translation type="unfinished">px² で表示: すべての輪郭が 1 つのキャリブレーション済み領域に収まっているわけではありません。</translation>
    </message>
</context>
<context>
    <name>ns::ui::AuditLogView</name>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="29" />
        <source>Show the changes of one study only</source>
        <translation type="unfinished">1 つの検査の変更のみを表示します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="30" />
        <source>Show the changes of one rater only</source>
        <translation type="unfinished">1 人の評価者の変更のみを表示します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="34" />
        <source>Refresh</source>
        <translation type="unfinished">更新</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="35" />
        <source>Read the audit log from the workspace again</source>
        <translation type="unfinished">ワークスペースから監査ログを再読み込みします</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="37" />
        <source>Study:</source>
        <translation type="unfinished">検査:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="40" />
        <source>Rater:</source>
        <translation type="unfinished">評価者:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>When</source>
        <translation type="unfinished">日時</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Rater</source>
        <translation type="unfinished">評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Study</source>
        <translation type="unfinished">検査</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Frame</source>
        <translation type="unfinished">フレーム</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Action</source>
        <translation type="unfinished">操作</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Change</source>
        <translation type="unfinished">変更内容</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="86" />
        <source>All studies</source>
        <translation type="unfinished">すべての検査</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="87" />
        <source>All raters</source>
        <translation type="unfinished">すべての評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="90" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="142" />
        <source>Open a workspace to see who changed what and when.</source>
        <translation type="unfinished">ワークスペースを開くと、誰がいつ何を変更したかを確認できます。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="159" />
        <source>study</source>
        <translation type="unfinished">検査</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="166" />
        <source>%1 UTC</source>
        <translation type="unfinished">%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="170" />
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished">監査ログを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="171" />
        <source>The newest %1 changes are shown; filter to see older ones.</source>
        <translation type="unfinished">最新の %1 件の変更を表示しています。それより前の変更はフィルターで絞り込んで表示してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AuditLogView.cpp" line="172" />
        <source>%n change(s), newest first. Frames are numbered from 1.</source>
        <translation type="unfinished">
            <numerusform>%n 件の変更 (新しい順)。フレーム番号は 1 から数えます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::CineControls</name>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="34" />
        <source>Previous frame (Left arrow)</source>
        <translation type="unfinished">前のフレーム (←)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="36" />
        <source>Play / pause (Space)</source>
        <translation type="unfinished">再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="38" />
        <source>Next frame (Right arrow)</source>
        <translation type="unfinished">次のフレーム (→)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="42" />
        <source>Frame (Home: first, End: last)</source>
        <translation type="unfinished">フレーム (Home: 最初、End: 最後)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="47" />
        <source>Current frame / number of frames</source>
        <translation type="unfinished">現在のフレーム / フレーム数</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="52" />
        <source>Frame rate of the study</source>
        <translation type="unfinished">検査のフレームレート</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="55" />
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished">再生速度 ([ で遅く、] で速く)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="58" />
        <source>%1x</source>
        <translation type="unfinished">%1x</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="61" />
        <source>Loop playback (L)</source>
        <translation type="unfinished">ループ再生 (L)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="62" />
        <source>Loop</source>
        <translation type="unfinished">ループ</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps (assumed)</source>
        <translation type="unfinished">%1 fps (推定)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Pause (Space)</source>
        <translation type="unfinished">一時停止 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Play (Space)</source>
        <translation type="unfinished">再生 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="149" />
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::ClinicianGrade</name>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Normal</source>
        <translation type="unfinished">正常</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Mild CTS</source>
        <translation type="unfinished">軽度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Moderate CTS</source>
        <translation type="unfinished">中等度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Severe CTS</source>
        <translation type="unfinished">重度 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>CTS, severity not graded</source>
        <translation type="unfinished">CTS (重症度未判定)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="47" />
        <source>Your grade of this study (modified Canterbury scale)</source>
        <translation type="unfinished">この検査に対するあなたのグレード (修正 Canterbury 分類)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="50" />
        <source>Record My Grade</source>
        <translation type="unfinished">自分のグレードを記録</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="52" />
        <source>Store the chosen grade as yours (Ctrl+Shift+G; Ctrl+Z takes it back). Exports and training use grades people gave, never a model's.</source>
        <translation type="unfinished">選択したグレードを自分のグレードとして保存します (Ctrl+Shift+G。Ctrl+Z で取り消し)。エクスポートと学習には、モデルではなく人が付けたグレードのみが使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="95" />
        <source>Grades are kept in a workspace: open or create one to record yours.</source>
        <translation type="unfinished">グレードはワークスペースに保存されます。記録するにはワークスペースを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="109" />
        <source>Recorded grade: &lt;b&gt;%1&lt;/b&gt;, by %2 on %3.</source>
        <translation type="unfinished">記録済みグレード: &lt;b&gt;%1&lt;/b&gt; (%2、%3)。</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="107" />
        <source>No grade recorded by a person yet.</source>
        <translation type="unfinished">人によるグレードはまだ記録されていません。</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="112" />
        <source>Recorded grade for the %1: &lt;b&gt;%2&lt;/b&gt;, by %3 on %4.</source>
        <translation type="unfinished">%1 の記録済みグレード: &lt;b&gt;%2&lt;/b&gt; (%3、%4)。</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="115" />
        <source>Model's grade: %1, by %2 %3 (not a label until a person records it).</source>
        <translation type="unfinished">モデルのグレード: %1 (%2 %3)。人が記録するまではラベルになりません。</translation>
    </message>
</context>
<context>
    <name>ns::ui::ColourBar</name>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="14" />
        <source>drop in log-odds when hidden</source>
        <translation type="unfinished">隠したときの対数オッズの低下</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="15" />
        <source>drop in probability when hidden</source>
        <translation type="unfinished">隠したときの確率の低下</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="16" />
        <source>surrogate weight</source>
        <translation type="unfinished">代理モデルの重み</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="17" />
        <source>Grad-CAM activation</source>
        <translation type="unfinished">Grad-CAM 活性</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="24" />
        <source>Colour scale of the heatmap: red = strongest support for the explained score</source>
        <translation type="unfinished">ヒートマップのカラースケール: 赤 = 説明対象スコアを最も強く支持する領域</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="54" />
        <source>no heatmap</source>
        <translation type="unfinished">ヒートマップなし</translation>
    </message>
</context>
<context>
    <name>ns::ui::DataFilterBox</name>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="28" />
        <source>Task default</source>
        <translation type="unfinished">タスクの既定値</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="29" />
        <source>Wrist (transverse)</source>
        <translation type="unfinished">手関節 (短軸)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="30" />
        <source>Forearm (transverse)</source>
        <translation type="unfinished">前腕 (短軸)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="31" />
        <source>Longitudinal</source>
        <translation type="unfinished">長軸</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="32" />
        <source>Frames of this view in the manifest (frames with no view, as in workspace exports, always count)</source>
        <translation type="unfinished">マニフェスト内のこの断面のフレーム (ワークスペースのエクスポートのように断面の指定がないフレームは常に含まれます)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="33" />
        <source>&amp;View:</source>
        <translation type="unfinished">断面(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="35" />
        <source>every rater</source>
        <translation type="unfinished">すべての評価者</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="36" />
        <source>Only these raters' contours, comma-separated (workspace annotations)</source>
        <translation type="unfinished">指定した評価者の輪郭のみ (カンマ区切り、ワークスペースのアノテーション)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="37" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">評価者(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="39" />
        <source>every scanner</source>
        <translation type="unfinished">すべてのスキャナー</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="40" />
        <source>Only studies from these scanner models (the DICOM Manufacturer's Model Name), comma-separated</source>
        <translation type="unfinished">指定したスキャナー機種 (DICOM の Manufacturer's Model Name) の検査のみ (カンマ区切り)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="41" />
        <source>S&amp;canners:</source>
        <translation type="unfinished">スキャナー(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="42" />
        <source>Approved frames only</source>
        <translation type="unfinished">承認済みフレームのみ</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="43" />
        <source>Leave out frames nobody has approved yet</source>
        <translation type="unfinished">まだ誰も承認していないフレームを除外します</translation>
    </message>
</context>
<context>
    <name>ns::ui::DatasetActions</name>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="25" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="30" />
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished">データセットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="31" />
        <source>Export the workspace's labelled frames as PNG, COCO, nnU-Net, DICOM SEG/SR or CSV</source>
        <translation type="unfinished">ワークスペースのラベル付きフレームを PNG、COCO、nnU-Net、DICOM SEG/SR、CSV でエクスポートします</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="32" />
        <source>&amp;Import Dataset…</source>
        <translation type="unfinished">データセットを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="33" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace</source>
        <translation type="unfinished">PNG、COCO、nnU-Net のデータセットフォルダーをワークスペースに取り込みます</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="50" />
        <source>Open a workspace first (File &gt; Open Workspace)</source>
        <translation type="unfinished">先にワークスペースを開いてください (ファイル &gt; ワークスペースを開く)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="52" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">ワークスペースが読み取り専用です: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="54" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace (%1)</source>
        <translation type="unfinished">PNG、COCO、nnU-Net のデータセットフォルダーをワークスペースに取り込みます (%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="83" />
        <source>Dataset exported to %1</source>
        <translation type="unfinished">データセットを %1 にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="106" />
        <source>Dataset imported into %1</source>
        <translation type="unfinished">データセットを %1 に取り込みました</translation>
    </message>
</context>
<context>
    <name>ns::ui::DatasetJobDialog</name>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Cancel</source>
        <translation type="unfinished">キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Close</source>
        <translation type="unfinished">閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="69" />
        <source>Cancelling…</source>
        <translation type="unfinished">キャンセル中…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainController</name>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="47" />
        <source>No model to explain is installed. See the README's section on models.</source>
        <translation type="unfinished">説明できるモデルがインストールされていません。README のモデルに関する節を参照してください。</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="53" />
        <source>Loading the model…</source>
        <translation type="unfinished">モデルを読み込み中…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="55" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="73" />
        <source>Explain</source>
        <translation type="unfinished">説明</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>E&amp;xplain Frame</source>
        <translation type="unfinished">フレームを説明(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>Show where the model looked on the frame on screen</source>
        <translation type="unfinished">表示中のフレームでモデルが注目した場所を表示します</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Cancel Explanation</source>
        <translation type="unfinished">説明をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Stop the running explanation</source>
        <translation type="unfinished">実行中の説明処理を停止します</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show &amp;Heatmap</source>
        <translation type="unfinished">ヒートマップを表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show or hide the heatmap over the frame</source>
        <translation type="unfinished">フレーム上のヒートマップの表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="67" />
        <source>The model whose decision is explained: a CTS grader or the nerve segmenter</source>
        <translation type="unfinished">判断を説明するモデル: CTS 判定モデルまたは神経セグメンテーションモデル</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="68" />
        <source>Model</source>
        <translation type="unfinished">モデル</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="72" />
        <source>The score explained: a class of the grader, or for a segmenter the mean nerve probability inside the nerve it finds</source>
        <translation type="unfinished">説明するスコア: 判定モデルのクラス、またはセグメンテーションモデルでは検出した神経内部の平均神経確率</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="76" />
        <source>Occlusion: hide 16-pixel windows and record the drop in score. LIME: fit a linear model to random superpixel masks. Grad-CAM: gradient-weighted last convolutional block (coarse).</source>
        <translation type="unfinished">遮蔽: 16 ピクセルのウィンドウを隠してスコアの低下を記録します。LIME: ランダムなスーパーピクセルマスクに線形モデルを当てはめます。Grad-CAM: 最終畳み込みブロックの勾配重み付け (粗い)。</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="78" />
        <source>Method</source>
        <translation type="unfinished">手法</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="80" />
        <source>No comparison</source>
        <translation type="unfinished">比較なし</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="82" />
        <source>Run a second method and show both side by side</source>
        <translation type="unfinished">2 つ目の手法を実行して並べて表示します</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="83" />
        <source>Compare with</source>
        <translation type="unfinished">比較対象</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="98" />
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="109" />
        <source>Heatmap</source>
        <translation type="unfinished">ヒートマップ</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="113" />
        <source>Opacity</source>
        <translation type="unfinished">不透明度</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="117" />
        <source>How strongly the heatmap covers the frame</source>
        <translation type="unfinished">フレームに重ねるヒートマップの濃さ</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="123" />
        <source>Export PNG…</source>
        <translation type="unfinished">PNG で保存…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="124" />
        <source>Save the frame with the heatmap over it as an image</source>
        <translation type="unfinished">ヒートマップを重ねたフレームを画像として保存します</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="125" />
        <source>Export TIFF…</source>
        <translation type="unfinished">TIFF で保存…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="126" />
        <source>Save the raw heatmap values (32-bit float, frame size) for analysis</source>
        <translation type="unfinished">解析用に生のヒートマップ値 (32 ビット浮動小数点、フレームサイズ) を保存します</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>Export heatmap overlay</source>
        <translation type="unfinished">ヒートマップ重ね合わせ画像をエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished">PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Export raw heatmap</source>
        <translation type="unfinished">生のヒートマップをエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Float TIFF (*.tiff *.tif)</source>
        <translation type="unfinished">浮動小数点 TIFF (*.tiff *.tif)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="172" />
        <source>Explanation cancelled.</source>
        <translation type="unfinished">説明をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="174" />
        <source>Failed: %1</source>
        <translation type="unfinished">失敗: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="240" />
        <source>Nerve (mean probability inside the predicted nerve)</source>
        <translation type="unfinished">神経 (予測した神経内部の平均確率)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="243" />
        <source>Predicted class</source>
        <translation type="unfinished">予測クラス</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="246" />
        <source>Class: %1</source>
        <translation type="unfinished">クラス: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="287" />
        <source>Done</source>
        <translation type="unfinished">完了</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="288" />
        <source>%1 of %2 for "%3" (%4) on frame %5: %6 model evaluations in %7 s on %8. %9</source>
        <translation type="unfinished">フレーム %5 における "%3" (%4) に対する %2 の %1: %8 上でモデル評価 %6 回、%7 秒。%9</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="308" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="319" />
        <source>No heatmap to export yet.</source>
        <translation type="unfinished">エクスポートできるヒートマップはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="311" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="322" />
        <source>Saved %1</source>
        <translation type="unfinished">%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="340" />
        <source>The heatmap belongs to frame %1; explain this frame to see its own.</source>
        <translation type="unfinished">このヒートマップはフレーム %1 のものです。このフレームのヒートマップを見るには、このフレームを説明してください。</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="20" />
        <source>Export Dataset</source>
        <translation type="unfinished">データセットのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="22" />
        <source>Export the labelled frames of the workspace &lt;b&gt;%1&lt;/b&gt; as a dataset.</source>
        <translation type="unfinished">ワークスペース &lt;b&gt;%1&lt;/b&gt; のラベル付きフレームをデータセットとしてエクスポートします。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="32" />
        <source>Open &amp;Folder</source>
        <translation type="unfinished">フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="33" />
        <source>Show the exported folder in the file manager</source>
        <translation type="unfinished">エクスポートしたフォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>&amp;Export</source>
        <translation type="unfinished">エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>Write the dataset into the output folder (Enter)</source>
        <translation type="unfinished">出力フォルダーにデータセットを書き出します (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="38" />
        <source>Close the dialog (Esc); while exporting, stop the export and write nothing</source>
        <translation type="unfinished">ダイアログを閉じます (Esc)。エクスポート中の場合は中止し、何も書き出しません</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="60" />
        <source>Exporting…</source>
        <translation type="unfinished">エクスポート中…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">エクスポートをキャンセルしました。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export failed: %1</source>
        <translation type="unfinished">エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="84" />
        <source>Exported %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>エクスポート: %n フレーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n contour(s)</source>
        <translation type="unfinished">
            <numerusform>輪郭 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="86" />
        <source>%n stud(ies)</source>
        <translation type="unfinished">
            <numerusform>検査 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="89" />
        <source>Skipped: %1</source>
        <translation type="unfinished">スキップ: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportOptionsForm</name>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="32" />
        <source>PNG images and masks with a manifest (JSON and CSV); trainable in NerveScope.</source>
        <translation type="unfinished">PNG 画像とマスク、マニフェスト (JSON と CSV)。NerveScope で学習に使用できます。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="33" />
        <source>PNG images with one COCO JSON file of nerve polygons.</source>
        <translation type="unfinished">PNG 画像と、神経ポリゴンを含む COCO JSON ファイル 1 つ。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="34" />
        <source>nnU-Net v2 raw layout: imagesTr, labelsTr and dataset.json.</source>
        <translation type="unfinished">nnU-Net v2 raw 形式: imagesTr、labelsTr、dataset.json。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="35" />
        <source>One CSV row per contour with its area, perimeter and grade; no images.</source>
        <translation type="unfinished">輪郭ごとに 1 行で面積、周囲長、グレードを記載した CSV。画像は含みません。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="36" />
        <source>DICOM Segmentation per study and rater, referencing its source frames; DICOM studies only.</source>
        <translation type="unfinished">検査と評価者ごとの DICOM Segmentation (元フレームを参照)。DICOM 検査のみ。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="37" />
        <source>DICOM SR (TID 1500) with the nerve area in mm² per frame; DICOM studies only.</source>
        <translation type="unfinished">フレームごとの神経面積 (mm²) を記載した DICOM SR (TID 1500)。DICOM 検査のみ。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="53" />
        <source>The layout of the exported dataset</source>
        <translation type="unfinished">エクスポートするデータセットの形式</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="60" />
        <source>&amp;Format:</source>
        <translation type="unfinished">形式(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportOptionsForm.cpp" line="65" />
        <source>All studies in the workspace (%n)</source>
        <translation type="unfinished">
            <numerusform>ワークスペースのすべての検査 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="67" />
        <source>Only the study selected in the browser: %1</source>
        <translation type="unfinished">ブラウザーで選択中の検査のみ: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="68" />
        <source>Export every study, or only the one selected in the Studies panel</source>
        <translation type="unfinished">すべての検査をエクスポートするか、検査パネルで選択中の検査のみをエクスポートするかを選択します</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="69" />
        <source>&amp;Studies:</source>
        <translation type="unfinished">検査(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="77" />
        <source>Whose contours to export; every rater is ticked by default</source>
        <translation type="unfinished">エクスポートする輪郭の評価者 (既定ではすべての評価者にチェック)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="81" />
        <source>(no contours in this workspace yet)</source>
        <translation type="unfinished">(このワークスペースにはまだ輪郭がありません)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="84" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">評価者(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="86" />
        <source>&amp;Approved frames only</source>
        <translation type="unfinished">承認済みフレームのみ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="87" />
        <source>Only frames (or whole studies) a reviewer approved</source>
        <translation type="unfinished">レビュー担当者が承認したフレーム (または検査全体) のみ</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="88" />
        <source>Include &amp;interpolated contours</source>
        <translation type="unfinished">補間輪郭を含める(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="89" />
        <source>Also export contours interpolated between key frames that nobody corrected</source>
        <translation type="unfinished">キーフレーム間で補間され、誰も修正していない輪郭もエクスポートします</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="94" />
        <source>Contours:</source>
        <translation type="unfinished">輪郭:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="96" />
        <source>S&amp;plit by patient:</source>
        <translation type="unfinished">患者単位で分割(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="98" />
        <source>&amp;De-identify (pseudonymous patient IDs, no names, paths or file names)</source>
        <translation type="unfinished">匿名化(&amp;D) (仮名の患者 ID、氏名・パス・ファイル名なし)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="100" />
        <source>Replace patient IDs with workspace pseudonyms and apply the DICOM PS3.15 basic profile to DICOM copies</source>
        <translation type="unfinished">患者 ID をワークスペースの仮名に置き換え、DICOM のコピーに DICOM PS3.15 Basic Profile を適用します</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="101" />
        <source>⚠ Without de-identification the export contains patient identifiers. Share it only where that is allowed.</source>
        <translation type="unfinished">⚠ 匿名化しない場合、エクスポートには患者識別情報が含まれます。許可された範囲でのみ共有してください。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="109" />
        <source>Privacy:</source>
        <translation type="unfinished">プライバシー:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="112" />
        <source>Shift by a fixed offset per patient (keeps intervals)</source>
        <translation type="unfinished">患者ごとに一定のオフセットでずらす (間隔を保持)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="113" />
        <source>Remove</source>
        <translation type="unfinished">削除</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="114" />
        <source>What happens to dates in DICOM exports (the other formats write no dates)</source>
        <translation type="unfinished">DICOM エクスポートでの日付の扱い (他の形式では日付を書き出しません)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="115" />
        <source>Da&amp;tes:</source>
        <translation type="unfinished">日付(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="117" />
        <source>&amp;Burned-in text:</source>
        <translation type="unfinished">焼き込み文字(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="118" />
        <source>&amp;Output folder:</source>
        <translation type="unfinished">出力フォルダー(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Train</source>
        <translation type="unfinished">学習</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Share of patients in the training split</source>
        <translation type="unfinished">学習用分割に含める患者の割合</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Val</source>
        <translation type="unfinished">検証</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Share of patients in the validation split</source>
        <translation type="unfinished">検証用分割に含める患者の割合</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Test</source>
        <translation type="unfinished">テスト</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Share of patients in the test split</source>
        <translation type="unfinished">テスト用分割に含める患者の割合</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="154" />
        <source>Keep</source>
        <translation type="unfinished">そのまま</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="155" />
        <source>Black out outside the ultrasound regions</source>
        <translation type="unfinished">超音波領域の外側を黒塗り</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="156" />
        <source>Black out a rectangle</source>
        <translation type="unfinished">矩形を黒塗り</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="157" />
        <source>Scanners burn names and dates into the image; black them out in the exported pixels</source>
        <translation type="unfinished">スキャナーは氏名や日付を画像に焼き込みます。エクスポートする画像でそれらを黒塗りします</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="159" />
        <source>X</source>
        <translation type="unfinished">X</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="159" />
        <source>Y</source>
        <translation type="unfinished">Y</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="159" />
        <source>W</source>
        <translation type="unfinished">W</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="159" />
        <source>H</source>
        <translation type="unfinished">H</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="166" />
        <source>Rectangle to black out, in image pixels (X, Y of the top-left corner, W x H)</source>
        <translation type="unfinished">黒塗りする矩形 (画像ピクセル単位。X, Y は左上の角、W x H)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="185" />
        <source>A new or empty folder; it appears only when the export is complete</source>
        <translation type="unfinished">新規または空のフォルダー。エクスポートが完了した時点で作成されます</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="188" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="189" />
        <source>Choose the output folder</source>
        <translation type="unfinished">出力フォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="191" />
        <source>Export Into Folder</source>
        <translation type="unfinished">エクスポート先フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="265" />
        <source>Choose an output folder.</source>
        <translation type="unfinished">出力フォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="268" />
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished">%1 は既に存在し、空ではありません。新しいフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="270" />
        <source>The training split needs some patients.</source>
        <translation type="unfinished">学習用分割には患者が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="275" />
        <source>Tick at least one rater.</source>
        <translation type="unfinished">評価者を 1 人以上選択してください。</translation>
    </message>
</context>
<context>
    <name>ns::ui::FrameMarkSlider</name>
    <message>
        <location filename="../ui/viewer/FrameMarkSlider.cpp" line="87" />
        <source>Frame %1: %2</source>
        <translation type="unfinished">フレーム %1: %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::GradeView</name>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="28" />
        <source>Frame</source>
        <translation type="unfinished">フレーム</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="29" />
        <source>Per-frame result; click a point to show its frame.</source>
        <translation type="unfinished">フレームごとの結果。点をクリックするとそのフレームを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="42" />
        <source>Not graded yet. Choose a grader and press Grade Study.</source>
        <translation type="unfinished">未判定です。判定モデルを選択して「検査を判定」を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="56" />
        <source>Not graded: %1</source>
        <translation type="unfinished">未判定: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="66" />
        <source>Not graded: %1 found no nerve in any of the %2 frame(s) to look at.</source>
        <translation type="unfinished">未判定: %1 は対象の %2 フレームのいずれでも神経を検出しませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="68" />
        <source>No nerve found yet: read %1 of %2 frame(s)…</source>
        <translation type="unfinished">まだ神経が検出されていません: %2 フレーム中 %1 フレームを読み込み済み…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="74" />
        <source>&lt;b&gt;%1&lt;/b&gt; over %n frame(s), by %2 %3</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n フレーム、%2 %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="75" />
        <source>%1: &lt;b&gt;%2&lt;/b&gt; over %n frame(s), by %3 %4</source>
        <translation type="unfinished">
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; (%n フレーム、%3 %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="80" />
        <source>%1 frame(s) without a nerve found were not graded.</source>
        <translation type="unfinished">神経が検出されなかった %1 フレームは判定していません。</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="82" />
        <source>Still reading frames: %1 of %2…</source>
        <translation type="unfinished">フレームを読み込み中: %2 フレーム中 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="108" />
        <source>Mean probability of "%1" over the frames</source>
        <translation type="unfinished">フレーム全体での "%1" の平均確率</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>P(%1)</source>
        <translation type="unfinished">P(%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>Expected grade (0-3)</source>
        <translation type="unfinished">期待グレード (0～3)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImageView</name>
    <message>
        <location filename="../ui/viewer/ImageView.cpp" line="26" />
        <source>Wheel: zoom around the cursor. Drag (or middle-drag): pan.
Right-drag on a greyscale image: horizontal changes window width, vertical changes level.</source>
        <translation type="unfinished">ホイール: カーソル位置を中心に拡大縮小。ドラッグ (または中ボタンドラッグ): 移動。
グレースケール画像で右ドラッグ: 左右でウィンドウ幅、上下でウィンドウレベルを調整。</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImportDialog</name>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="25" />
        <source>Import Dataset</source>
        <translation type="unfinished">データセットの取り込み</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="27" />
        <source>Each image of the dataset becomes a study of the workspace &lt;b&gt;%1&lt;/b&gt;, its masks or polygons become contours. Nothing changes unless the whole import succeeds.</source>
        <translation type="unfinished">データセットの各画像がワークスペース &lt;b&gt;%1&lt;/b&gt; の検査になり、マスクまたはポリゴンが輪郭になります。取り込み全体が成功しない限り、何も変更されません。</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="35" />
        <source>png — images, masks and manifest.json</source>
        <translation type="unfinished">png — 画像、マスク、manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="36" />
        <source>coco — images and a COCO JSON file</source>
        <translation type="unfinished">coco — 画像と COCO JSON ファイル</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="37" />
        <source>nnunet — nnU-Net v2 raw (imagesTr, labelsTr)</source>
        <translation type="unfinished">nnunet — nnU-Net v2 raw (imagesTr、labelsTr)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="38" />
        <source>The layout of the dataset folder</source>
        <translation type="unfinished">データセットフォルダーの形式</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="39" />
        <source>&amp;Format:</source>
        <translation type="unfinished">形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="42" />
        <source>The dataset folder to import</source>
        <translation type="unfinished">取り込むデータセットフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="43" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">参照(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="44" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">データセットフォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="47" />
        <source>F&amp;older:</source>
        <translation type="unfinished">フォルダー(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>&amp;Import</source>
        <translation type="unfinished">取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>Import the folder into the workspace (Enter)</source>
        <translation type="unfinished">フォルダーをワークスペースに取り込みます (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="53" />
        <source>Close the dialog (Esc); while importing, stop and leave the workspace unchanged</source>
        <translation type="unfinished">ダイアログを閉じます (Esc)。取り込み中の場合は中止し、ワークスペースは変更しません</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="57" />
        <source>Import Dataset Folder</source>
        <translation type="unfinished">データセットフォルダーの取り込み</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>Choose the dataset folder.</source>
        <translation type="unfinished">データセットフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>%1 is not a folder.</source>
        <translation type="unfinished">%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="76" />
        <source>Importing…</source>
        <translation type="unfinished">取り込み中…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="96" />
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished">取り込みをキャンセルしました。ワークスペースは変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="97" />
        <source>Import failed; the workspace is unchanged: %1</source>
        <translation type="unfinished">取り込みに失敗しました。ワークスペースは変更されていません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="99" />
        <source>Imported %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>輪郭 %n 個を取り込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="100" />
        <source>on %n new stud(ies)</source>
        <translation type="unfinished">
            <numerusform>(新規検査 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="102" />
        <source>and %n already in the workspace</source>
        <translation type="unfinished">
            <numerusform>(既存の検査 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="105" />
        <source>%n frame(s) approved</source>
        <translation type="unfinished">
            <numerusform>%n フレーム承認済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="109" />
        <source>%n stud(ies) graded</source>
        <translation type="unfinished">
            <numerusform>%n 件の検査にグレードあり</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::MainActions</name>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>Open a DICOM, video or image file</source>
        <translation type="unfinished">DICOM、動画、画像ファイルを開きます</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="12" />
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="13" />
        <source>Open a folder of images as one sequence</source>
        <translation type="unfinished">画像フォルダーを 1 つのシーケンスとして開きます</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>&amp;Clear Recent</source>
        <translation type="unfinished">履歴を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>Forget the list of recent studies</source>
        <translation type="unfinished">最近使った検査の一覧を消去します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>&amp;Close Study</source>
        <translation>検査を閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>Close the study and return to the start page</source>
        <translation type="unfinished">検査を閉じてスタートページに戻ります</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>Quit NerveScope</source>
        <translation type="unfinished">NerveScope を終了します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>Show the whole image as large as the window allows</source>
        <translation type="unfinished">画像全体をウィンドウに収まる最大サイズで表示します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>Actual &amp;Pixels (1:1)</source>
        <translation type="unfinished">実寸表示 (1:1)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished">画像の 1 ピクセルを画面の 1 ピクセルで表示します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="21" />
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="22" />
        <source>Zoom in around the centre of the view</source>
        <translation type="unfinished">表示の中心を基準に拡大します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="23" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="24" />
        <source>Zoom out around the centre of the view</source>
        <translation type="unfinished">表示の中心を基準に縮小します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="25" />
        <source>Show &amp;Regions</source>
        <translation type="unfinished">領域を表示(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="26" />
        <source>Outline the calibrated ultrasound regions of the image</source>
        <translation type="unfinished">画像のキャリブレーション済み超音波領域の輪郭を表示します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="28" />
        <source>Reset &amp;Window/Level</source>
        <translation type="unfinished">ウィンドウ/レベルをリセット(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="29" />
        <source>Return to the study's own window/level</source>
        <translation type="unfinished">検査本来のウィンドウ/レベルに戻します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="31" />
        <source>Open</source>
        <translation type="unfinished">開く</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="32" />
        <source>Fit</source>
        <translation type="unfinished">全体</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="33" />
        <source>1:1</source>
        <translation type="unfinished">1:1</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="34" />
        <source>Zoom +</source>
        <translation type="unfinished">拡大</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="35" />
        <source>Zoom −</source>
        <translation type="unfinished">縮小</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="36" />
        <source>Regions</source>
        <translation type="unfinished">領域</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="37" />
        <source>Reset W/L</source>
        <translation type="unfinished">W/L リセット</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>Play or pause the cine</source>
        <translation type="unfinished">シネを再生または一時停止します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>P&amp;revious Frame</source>
        <translation>前のフレーム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>Step one frame back</source>
        <translation type="unfinished">1 フレーム戻ります</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>Step one frame forward</source>
        <translation type="unfinished">1 フレーム進みます</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>F&amp;irst Frame</source>
        <translation type="unfinished">最初のフレーム(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>Go to the first frame</source>
        <translation type="unfinished">最初のフレームに移動します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>&amp;Last Frame</source>
        <translation type="unfinished">最後のフレーム(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>Go to the last frame</source>
        <translation type="unfinished">最後のフレームに移動します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>&amp;Slower</source>
        <translation type="unfinished">遅く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>Play more slowly</source>
        <translation type="unfinished">再生速度を下げます</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>F&amp;aster</source>
        <translation type="unfinished">速く(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>Play faster</source>
        <translation type="unfinished">再生速度を上げます</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>L&amp;oop</source>
        <translation type="unfinished">ループ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>Start again at the end of the cine</source>
        <translation type="unfinished">シネの最後まで再生したら最初から再生します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished">キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished">キーボードショートカットの一覧を表示します</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>&amp;About NerveScope</source>
        <translation>NerveScope について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>Version, licence and intended use</source>
        <translation type="unfinished">バージョン、ライセンス、使用目的</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>About &amp;Qt</source>
        <translation type="unfinished">Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>The Qt version NerveScope runs on</source>
        <translation type="unfinished">NerveScope が使用している Qt のバージョン</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="63" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ns::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <location filename="../ui/MainWindow.cpp" line="358" />
        <source>NerveScope</source>
        <translation type="unfinished">NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83" />
        <source>Study Information</source>
        <translation>検査情報</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Show or hide the study information panel (Ctrl+I)</source>
        <translation type="unfinished">検査情報パネルの表示/非表示 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Info</source>
        <translation type="unfinished">情報</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>Check for damaged frames cancelled.</source>
        <translation type="unfinished">破損フレームの確認をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>Ready. Open a study with Ctrl+O or drop a file on the window.</source>
        <translation type="unfinished">準備完了。Ctrl+O で検査を開くか、ウィンドウにファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>Open &amp;Recent</source>
        <translation>最近使った項目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Edit</source>
        <translation type="unfinished">編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192" />
        <source>&amp;Annotate</source>
        <translation type="unfinished">アノテーション(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199" />
        <source>A&amp;I</source>
        <translation type="unfinished">AI(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205" />
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230" />
        <source>Main</source>
        <translation type="unfinished">メイン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248" />
        <source>Contour Tools</source>
        <translation type="unfinished">輪郭ツール</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307" />
        <source>Opening %1…</source>
        <translation type="unfinished">%1 を開いています…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329" />
        <source>%1 — NerveScope</source>
        <translation type="unfinished">%1 — NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334" />
        <source>Opened %1: %2, %3 x %4 px, %5</source>
        <translation type="unfinished">%1 を開きました: %2、%3 x %4 px、%5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>1 frame</source>
        <translation type="unfinished">1 フレーム</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>%1 frames</source>
        <translation type="unfinished">%1 フレーム</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387" />
        <source>Cannot open %1.</source>
        <translation type="unfinished">%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388" />
        <source>Cannot Open Study</source>
        <translation type="unfinished">検査を開けません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401" />
        <source>The study that was open is still shown.</source>
        <translation type="unfinished">開いていた検査を引き続き表示しています。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402" />
        <source>Supported: DICOM files, videos (MP4, AVI, …), images (PNG, JPEG, TIFF, …) and folders of images.</source>
        <translation type="unfinished">対応形式: DICOM ファイル、動画 (MP4、AVI など)、画像 (PNG、JPEG、TIFF など)、画像フォルダー。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Open Study</source>
        <translation type="unfinished">検査を開く</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421" />
        <source>Open Folder of Images</source>
        <translation type="unfinished">画像フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished">&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441" />
        <source>No recent studies</source>
        <translation type="unfinished">最近使った検査はありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Pause</source>
        <translation type="unfinished">一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Play</source>
        <translation type="unfinished">再生(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ns::ui::MeasurementsTable</name>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Rater</source>
        <translation type="unfinished">評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>px²</source>
        <translation type="unfinished">px²</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>mm²</source>
        <translation type="unfinished">mm²</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Perim.</source>
        <translation type="unfinished">周囲長</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Circ.</source>
        <translation type="unfinished">円形度</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Flat.</source>
        <translation type="unfinished">扁平率</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Contour id</source>
        <translation type="unfinished">輪郭 ID</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Who drew it</source>
        <translation type="unfinished">描画した人</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Area in image pixels</source>
        <translation type="unfinished">画像ピクセル単位の面積</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="20" />
        <source>Area in mm² (empty where the contour is not inside one calibrated region; hover the cell for why)</source>
        <translation type="unfinished">mm² 単位の面積 (輪郭が 1 つのキャリブレーション済み領域内にない場合は空欄。理由はセルにマウスを重ねると表示されます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="21" />
        <source>Perimeter: in mm where the contour lies in one calibrated region, else in px</source>
        <translation type="unfinished">周囲長: 輪郭が 1 つのキャリブレーション済み領域内にある場合は mm、それ以外は px</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Circularity 4πA/P²: 1 for a circle</source>
        <translation type="unfinished">円形度 4πA/P²: 円で 1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Flattening: major / minor axis of the fitted ellipse</source>
        <translation type="unfinished">扁平率: 当てはめた楕円の長軸 / 短軸</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="64" />
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="67" />
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="65" />
        <source>%1 mm</source>
        <translation type="unfinished">%1 mm</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="65" />
        <source>%1 px</source>
        <translation type="unfinished">%1 px</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="71" />
        <source>No contours on this frame. Draw one with P, D or E.</source>
        <translation type="unfinished">このフレームには輪郭がありません。P、D、E キーで描画できます。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="72" />
        <source>Rater: %1</source>
        <translation type="unfinished">評価者: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::MetadataPanel</name>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Attribute</source>
        <translation type="unfinished">属性</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Value</source>
        <translation type="unfinished">値</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="59" />
        <source>What the file says about itself</source>
        <translation type="unfinished">ファイル自身に記録された情報</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>#</source>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Bounds (px)</source>
        <translation type="unfinished">範囲 (px)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>mm/px</source>
        <translation type="unfinished">mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Units</source>
        <translation type="unfinished">単位</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="67" />
        <source>Ultrasound regions: a measurement has a physical size only inside one spatially calibrated region</source>
        <translation type="unfinished">超音波領域: 計測値が物理的なサイズを持つのは、空間キャリブレーション済みの 1 つの領域内にある場合のみです</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="69" />
        <source>Damaged frames</source>
        <translation type="unfinished">破損フレーム</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="75" />
        <source>Study</source>
        <translation type="unfinished">検査</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="77" />
        <source>Calibration</source>
        <translation type="unfinished">キャリブレーション</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="97" />
        <source>No study open.</source>
        <translation type="unfinished">検査が開かれていません。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="109" />
        <source>File</source>
        <translation type="unfinished">ファイル</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="114" />
        <source>Frames</source>
        <translation type="unfinished">フレーム数</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>Frame size</source>
        <translation type="unfinished">フレームサイズ</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>%1 x %2 px</source>
        <translation type="unfinished">%1 x %2 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>Frame rate</source>
        <translation type="unfinished">フレームレート</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="130" />
        <source>Not calibrated: lengths and areas are in pixels only.</source>
        <translation type="unfinished">キャリブレーションなし: 長さと面積はピクセル単位のみです。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="135" />
        <source>Pixel spacing (whole image).</source>
        <translation type="unfinished">ピクセル間隔 (画像全体)。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="138" />
        <location filename="../ui/viewer/MetadataPanel.cpp" line="153" />
        <source>%1 x %2</source>
        <translation type="unfinished">%1 x %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="139" />
        <source>whole image</source>
        <translation type="unfinished">画像全体</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="139" />
        <source>mm</source>
        <translation type="unfinished">mm</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="147" />
        <source>%1–%2, %3–%4</source>
        <translation type="unfinished">%1–%2, %3–%4</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="151" />
        <source>not spatial</source>
        <translation type="unfinished">空間単位以外</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="155" />
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="158" />
        <source>Region %1: x %2–%3, y %4–%5; %6 x %7 %8 per pixel (X x Y)</source>
        <translation type="unfinished">領域 %1: x %2–%3, y %4–%5。ピクセルあたり %6 x %7 %8 (X x Y)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="186" />
        <source>These frames cannot be decoded: %1</source>
        <translation type="unfinished">次のフレームはデコードできません: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::RaterDialog</name>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="15" />
        <source>Who Is Annotating?</source>
        <translation type="unfinished">アノテーション担当者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="17" />
        <source>Every contour, approval and grade you make is stored under your rater name, so several raters' work stays apart. Pick your name or type a new one.</source>
        <translation type="unfinished">作成した輪郭、承認、グレードはすべて評価者名で保存されるため、複数の評価者の作業が区別されます。名前を選択するか、新しい名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="25" />
        <source>Raters already in this workspace; type a new name to add one</source>
        <translation type="unfinished">このワークスペースの既存の評価者 (新しい名前を入力すると追加されます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="31" />
        <source>Your name or initials</source>
        <translation type="unfinished">氏名またはイニシャル</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="36" />
        <source>Annotate as This Rater</source>
        <translation type="unfinished">この評価者として作業</translation>
    </message>
</context>
<context>
    <name>ns::ui::RatersPanel</name>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="38" />
        <source>Tick the raters whose contours are shown over the image (read-only, dashed, in their colour)</source>
        <translation type="unfinished">画像上に輪郭を表示する評価者にチェックを付けます (読み取り専用、各評価者の色の破線で表示)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="42" />
        <source>First rater of the comparison</source>
        <translation type="unfinished">比較する 1 人目の評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="43" />
        <source>Second rater of the comparison</source>
        <translation type="unfinished">比較する 2 人目の評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="47" />
        <source>Dice similarity (1 = identical masks) and the Hausdorff distance (largest distance between the two outlines) of the two raters' contours on this frame</source>
        <translation type="unfinished">このフレームにおける 2 人の評価者の輪郭の Dice 係数 (1 = マスクが完全一致) と Hausdorff 距離 (2 つの輪郭線間の最大距離)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="50" />
        <source>Show Raters</source>
        <translation type="unfinished">評価者を表示</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="54" />
        <source>Agreement on This Frame</source>
        <translation type="unfinished">このフレームでの一致度</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="57" />
        <source>Rater A:</source>
        <translation type="unfinished">評価者 A:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="58" />
        <source>Rater B:</source>
        <translation type="unfinished">評価者 B:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/RatersPanel.cpp" line="144" />
        <source>%1 — %n contour(s) on this frame</source>
        <translation type="unfinished">
            <numerusform>%1 — このフレームの輪郭 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="150" />
        <source>No other raters in this workspace yet.</source>
        <translation type="unfinished">このワークスペースにはまだ他の評価者がいません。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="182" />
        <source>Open a study in a workspace to compare raters.</source>
        <translation type="unfinished">評価者を比較するには、ワークスペースで検査を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="186" />
        <source>Choose two different raters.</source>
        <translation type="unfinished">異なる 2 人の評価者を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="193" />
        <source>Cannot compare: %1</source>
        <translation type="unfinished">比較できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="198" />
        <source>Neither %1 nor %2 has a contour on this frame.</source>
        <translation type="unfinished">%1 と %2 のいずれもこのフレームに輪郭がありません。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="203" />
        <source>— (only one of them contoured this frame)</source>
        <translation type="unfinished">— (このフレームに輪郭を描いたのは一方のみ)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="205" />
        <source>%1 px = %2 mm</source>
        <translation type="unfinished">%1 px = %2 mm</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="207" />
        <source>%1 px (no mm: %2)</source>
        <translation type="unfinished">%1 px (mm なし: %2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="208" />
        <source>&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%3 px² by %4, %5 px² by %6, %7 px² by both&lt;/small&gt;</source>
        <translation type="unfinished">&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%4: %3 px²、%6: %5 px²、両者: %7 px²&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ns::ui::ReviewController</name>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="29" />
        <source>&amp;Review</source>
        <translation type="unfinished">レビュー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="33" />
        <source>Approve &amp;Frame</source>
        <translation type="unfinished">フレームを承認(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="34" />
        <source>Mark the contours of this frame as reviewed and approved; undoable</source>
        <translation type="unfinished">このフレームの輪郭をレビュー済み・承認済みにします (元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="35" />
        <source>Revoke Frame Approval</source>
        <translation type="unfinished">フレームの承認を取り消し</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="36" />
        <source>Take back the approval of this frame; it is corrected, AI or unlabelled again, as its contours say</source>
        <translation type="unfinished">このフレームの承認を取り消します。輪郭に応じて修正済み、AI、未ラベルのいずれかに戻ります</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="37" />
        <source>Approve &amp;Study</source>
        <translation type="unfinished">検査を承認(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="38" />
        <source>Mark the whole study as reviewed and approved; undoable</source>
        <translation type="unfinished">検査全体をレビュー済み・承認済みにします (元に戻せます)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="39" />
        <source>Revoke Study Approval</source>
        <translation type="unfinished">検査の承認を取り消し</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="40" />
        <source>Take back the approval of the study</source>
        <translation type="unfinished">検査の承認を取り消します</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="41" />
        <source>Change &amp;Rater…</source>
        <translation type="unfinished">評価者を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="42" />
        <source>Choose who is annotating; every later edit carries this name</source>
        <translation type="unfinished">アノテーションを行う人を選択します。以降の編集にはすべてこの名前が記録されます</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="43" />
        <source>Approve Frame</source>
        <translation type="unfinished">フレームを承認</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="44" />
        <source>Approve Study</source>
        <translation type="unfinished">検査を承認</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="45" />
        <source>Revoke</source>
        <translation type="unfinished">取り消し</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="46" />
        <source>Revoke Study</source>
        <translation type="unfinished">検査の承認取り消し</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="48" />
        <location filename="../ui/annotation/ReviewController.cpp" line="52" />
        <source>Raters</source>
        <translation type="unfinished">評価者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="51" />
        <source>Show or hide the raters shown over the image and their agreement</source>
        <translation type="unfinished">画像上に表示する評価者とその一致度の表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="55" />
        <location filename="../ui/annotation/ReviewController.cpp" line="59" />
        <source>Audit Log</source>
        <translation type="unfinished">監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="58" />
        <source>Show or hide who changed what and when in this workspace</source>
        <translation type="unfinished">このワークスペースで誰がいつ何を変更したかの表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="107" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="115" />
        <source>Review</source>
        <translation type="unfinished">レビュー</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="118" />
        <source> Rater: </source>
        <translation type="unfinished"> 評価者: </translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="121" />
        <source>Who is annotating: every contour, approval and grade is stored under this name. Each rater has an undo history of their own.</source>
        <translation type="unfinished">アノテーションを行う人: 輪郭、承認、グレードはすべてこの名前で保存されます。元に戻す履歴は評価者ごとに管理されます。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="131" />
        <source>Review status of the frame on screen and of the study. Without a review it follows the contours: unlabelled, AI (model contours only) or corrected (a person drew or edited).</source>
        <translation type="unfinished">表示中のフレームと検査のレビュー状態。レビューされていない場合は輪郭に従います: 未ラベル、AI (モデルの輪郭のみ)、修正済み (人が描画または編集)。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="166" />
        <source>New Rater…</source>
        <translation type="unfinished">新しい評価者…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="173" />
        <source>unlabelled</source>
        <translation type="unfinished">未ラベル</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="174" />
        <source>AI</source>
        <translation type="unfinished">AI</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="175" />
        <source>corrected</source>
        <translation type="unfinished">修正済み</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="176" />
        <source>approved</source>
        <translation type="unfinished">承認済み</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="201" />
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="203" />
        <source>&lt;b&gt;approved&lt;/b&gt; by %1</source>
        <translation type="unfinished">&lt;b&gt;承認済み&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="204" />
        <source>%1 (not reviewed)</source>
        <translation type="unfinished">%1 (未レビュー)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="206" />
        <source>Frame %1: %2 · Study: %3</source>
        <translation type="unfinished">フレーム %1: %2 · 検査: %3</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="207" />
        <source>No study under review</source>
        <translation type="unfinished">レビュー中の検査はありません</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>The study</source>
        <translation type="unfinished">検査</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>Frame %1</source>
        <translation type="unfinished">フレーム %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="250" />
        <source>%1 approved by %2.</source>
        <translation type="unfinished">%2 が%1を承認しました。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="251" />
        <source>%1: approval revoked by %2; now %3.</source>
        <translation type="unfinished">%1: %2 が承認を取り消しました。現在は %3 です。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="264" />
        <source>Annotating as %1.</source>
        <translation type="unfinished">%1 としてアノテーション中です。</translation>
    </message>
</context>
<context>
    <name>ns::ui::SideBySideView</name>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="15" />
        <source>Explanations side by side</source>
        <translation type="unfinished">説明の並列表示</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="46" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · frame %5 · %6 s</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · フレーム %5 · %6 秒</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="54" />
        <source>Explanations side by side: %1, frame %2</source>
        <translation type="unfinished">説明の並列表示: %1、フレーム %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowser</name>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="32" />
        <source>Search name, patient ID or path…</source>
        <translation type="unfinished">名前、患者 ID、パスで検索…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="34" />
        <source>Show only the studies whose file name, patient ID or path contains this text (not case-sensitive). Ctrl+F jumps here; Down moves to the list.</source>
        <translation type="unfinished">ファイル名、患者 ID、パスにこの文字列を含む検査のみを表示します (大文字と小文字は区別しません)。Ctrl+F でここに移動し、↓ キーで一覧に移動します。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="39" />
        <source>Show only the studies with this review status. Unless someone set a status for the whole study, it follows from its contours: any drawn or corrected by a person makes it Corrected, only model contours make it AI.</source>
        <translation type="unfinished">このレビュー状態の検査のみを表示します。検査全体に状態が設定されていない場合は輪郭に従います: 人が描画または修正した輪郭があれば「修正済み」、モデルの輪郭のみであれば「AI」になります。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="42" />
        <source>All statuses</source>
        <translation type="unfinished">すべての状態</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="48" />
        <source>Order of the studies</source>
        <translation type="unfinished">検査の並び順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="49" />
        <source>Sort by name</source>
        <translation type="unfinished">名前順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="50" />
        <source>Sort by status</source>
        <translation type="unfinished">状態順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="51" />
        <source>Sort by annotated frames</source>
        <translation type="unfinished">アノテーション済みフレーム数順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="52" />
        <source>Sort by patient ID</source>
        <translation type="unfinished">患者 ID 順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="53" />
        <source>Newest first</source>
        <translation type="unfinished">新しい順</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="123" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="182" />
        <source>The studies cannot be read: %1</source>
        <translation type="unfinished">検査を読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="184" />
        <source>No workspace is open. File &gt; Open Workspace… shows its studies here.</source>
        <translation type="unfinished">ワークスペースが開かれていません。ファイル &gt; ワークスペースを開く… で開くと、ここに検査が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="186" />
        <source>No studies yet. Open a study while this workspace is open to add it.</source>
        <translation type="unfinished">検査はまだありません。このワークスペースを開いた状態で検査を開くと追加されます。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>1 study</source>
        <translation type="unfinished">1 件の検査</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>%1 studies</source>
        <translation type="unfinished">%1 件の検査</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="190" />
        <source>No study of %1 matches the search and filter.</source>
        <translation type="unfinished">%1 件の検査のうち、検索とフィルターに一致するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="192" />
        <source>%1 of %2 studies shown</source>
        <translation type="unfinished">%2 件中 %1 件の検査を表示</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="194" />
        <source>(read-only)</source>
        <translation type="unfinished">(読み取り専用)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowserDock</name>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="15" />
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="21" />
        <source>Studies</source>
        <translation type="unfinished">検査</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="20" />
        <source>Show or hide the studies of the open workspace</source>
        <translation type="unfinished">開いているワークスペースの検査の表示/非表示</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="25" />
        <source>&amp;Find Study…</source>
        <translation type="unfinished">検査を検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="28" />
        <source>Search the studies of the workspace by name, patient ID or path (%1)</source>
        <translation type="unfinished">ワークスペースの検査を名前、患者 ID、パスで検索します (%1)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyItemDelegate</name>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="95" />
        <source>file missing</source>
        <translation type="unfinished">ファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="131" />
        <source>Loading…</source>
        <translation type="unfinished">読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>File missing</source>
        <translation type="unfinished">ファイルがありません</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>Cannot read file</source>
        <translation type="unfinished">ファイルを読み込めません</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyListModel</name>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="99" />
        <source>%1, %2, %3</source>
        <translation type="unfinished">%1、%2、%3</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="118" />
        <source>Unlabelled</source>
        <translation type="unfinished">未ラベル</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="119" />
        <source>AI</source>
        <translation type="unfinished">AI</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="120" />
        <source>Corrected</source>
        <translation type="unfinished">修正済み</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="121" />
        <source>Approved</source>
        <translation type="unfinished">承認済み</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Annotated (1 frame)</source>
        <translation type="unfinished">アノテーション済み (1 フレーム)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Not annotated (1 frame)</source>
        <translation type="unfinished">アノテーションなし (1 フレーム)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="130" />
        <source>%1 of %2 frames annotated</source>
        <translation type="unfinished">%2 フレーム中 %1 フレームがアノテーション済み</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="137" />
        <source>Patient %1</source>
        <translation type="unfinished">患者 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>1 contour</source>
        <translation type="unfinished">輪郭 1 個</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>%1 contours</source>
        <translation type="unfinished">輪郭 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>1 rater</source>
        <translation type="unfinished">評価者 1 人</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>%1 raters</source>
        <translation type="unfinished">評価者 %1 人</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="154" />
        <source>Status: %1 (set for the study)</source>
        <translation type="unfinished">状態: %1 (検査に設定)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="155" />
        <source>Status: %1 (from its contours)</source>
        <translation type="unfinished">状態: %1 (輪郭から判定)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="157" />
        <source>Contours: %1 by people, %2 by models or interpolation</source>
        <translation type="unfinished">輪郭: 人による %1 個、モデルまたは補間による %2 個</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="159" />
        <source>Raters: %1</source>
        <translation type="unfinished">評価者: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Not graded by a person</source>
        <translation type="unfinished">人によるグレードなし</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Grade: %1 (the newest a person recorded)</source>
        <translation type="unfinished">グレード: %1 (人が記録した最新のもの)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="163" />
        <source>Patient ID: %1</source>
        <translation type="unfinished">患者 ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="164" />
        <source>%1, %2 x %3 px</source>
        <translation type="unfinished">%1、%2 x %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Copied into the workspace: %1</source>
        <translation type="unfinished">ワークスペースにコピー済み: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Referenced in place: %1</source>
        <translation type="unfinished">元の場所を参照: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="170" />
        <source>Double-click or press Enter to open it with its annotations.</source>
        <translation type="unfinished">ダブルクリックまたは Enter で、アノテーションとともに開きます。</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyViewer</name>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="108" />
        <source>Loading…</source>
        <translation type="unfinished">読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="241" />
        <source>Colour images are shown as stored: window/level applies to greyscale images only.</source>
        <translation type="unfinished">カラー画像は保存されたとおりに表示されます。ウィンドウ/レベルはグレースケール画像にのみ適用されます。</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingCurves</name>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="48" />
        <source>Training loss</source>
        <translation type="unfinished">学習損失</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="49" />
        <source>Validation loss</source>
        <translation type="unfinished">検証損失</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="50" />
        <source>Validation</source>
        <translation type="unfinished">検証</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="51" />
        <location filename="../ui/training/TrainingCurves.cpp" line="53" />
        <source>Epoch</source>
        <translation type="unfinished">エポック</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="52" />
        <source>Loss</source>
        <translation type="unfinished">損失</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="58" />
        <source>Loss per epoch: training (blue) and validation (orange). Validation loss rising while training loss falls means the model is memorising the training frames.</source>
        <translation type="unfinished">エポックごとの損失: 学習 (青) と検証 (オレンジ)。学習損失が下がる一方で検証損失が上がる場合、モデルは学習フレームを記憶 (過学習) しています。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="60" />
        <source>The validation figure that picks the best epoch, on patients never seen in training</source>
        <translation type="unfinished">最良エポックの選択に使う検証指標 (学習に一度も使っていない患者で評価)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="73" />
        <source>Validation DSC</source>
        <translation type="unfinished">検証 DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="74" />
        <source>Validation AUC</source>
        <translation type="unfinished">検証 AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="75" />
        <source>Validation accuracy</source>
        <translation type="unfinished">検証正解率</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingFeature</name>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="28" />
        <source>&amp;Review</source>
        <translation type="unfinished">レビュー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="30" />
        <source>Review studies: viewer, annotation and AI review (Ctrl+Shift+V)</source>
        <translation type="unfinished">検査のレビュー: ビューアー、アノテーション、AI レビュー (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="31" />
        <source>&amp;Training</source>
        <translation type="unfinished">学習(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="33" />
        <source>Train or fine-tune a model on labelled frames (Ctrl+Shift+T)</source>
        <translation type="unfinished">ラベル付きフレームでモデルを学習またはファインチューニングします (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="41" />
        <source>Mode</source>
        <translation type="unfinished">モード</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingForm</name>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="43" />
        <source>S0's Scale-attentional U-Net (about 0.5M parameters): the shipped segmentation network</source>
        <translation type="unfinished">S0 の Scale-attentional U-Net (パラメーター数 約 0.5M): 付属のセグメンテーションネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="44" />
        <source>A plain U-Net (about 8.6M parameters): S0's baseline</source>
        <translation type="unfinished">標準的な U-Net (パラメーター数 約 8.6M): S0 のベースライン</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="46" />
        <source>SqueezeNet 1.1, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">SqueezeNet 1.1 (S1 の CTS 分類モデルの 1 つ、グレースケール入力)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="48" />
        <source>EfficientNet-B0, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">EfficientNet-B0 (S1 の CTS 分類モデルの 1 つ、グレースケール入力)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="51" />
        <source>S3's transverse severity CNN (3 convolution blocks): the shipped severity model</source>
        <translation type="unfinished">S3 の短軸像用重症度 CNN (畳み込みブロック 3 つ): 付属の重症度モデル</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="53" />
        <source>S3's longitudinal severity CNN (2 convolution blocks), for longitudinal sweeps</source>
        <translation type="unfinished">S3 の長軸像用重症度 CNN (畳み込みブロック 2 つ): 長軸方向の走査用</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="55" />
        <source>The transverse CNN with two convolutions per block (not S3's): slower to train, level with it on our phantoms so far (docs/training.md)</source>
        <translation type="unfinished">ブロックあたり 2 回の畳み込みを行う短軸像用 CNN (S3 のものではありません): 学習に時間がかかり、現在のところ当方のファントムでは同等の性能です (docs/training.md)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="47" />
        <source>MobileNetV2, one of S1's CTS classifiers: the shipped one</source>
        <translation type="unfinished">MobileNetV2 (S1 の CTS 分類モデルの 1 つ): 付属のモデル</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="95" />
        <source>Model</source>
        <translation type="unfinished">モデル</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="98" />
        <source>Nerve segmentation</source>
        <translation type="unfinished">神経セグメンテーション</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="99" />
        <source>CTS: yes or no</source>
        <translation type="unfinished">CTS: あり / なし</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="100" />
        <source>CTS severity (4 grades)</source>
        <translation type="unfinished">CTS 重症度 (4 段階)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="101" />
        <source>What the model learns: to outline the median nerve, to tell CTS from no CTS, or to grade severity</source>
        <translation type="unfinished">モデルが学習する内容: 正中神経の輪郭描出、CTS の有無の判別、または重症度の判定</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="102" />
        <source>&amp;Task:</source>
        <translation type="unfinished">タスク(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="104" />
        <source>Fine-tune an existing model (fast; needs few frames) or start from random weights</source>
        <translation type="unfinished">既存モデルをファインチューニングする (高速、少ないフレームで可能) か、ランダムな重みから開始します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="105" />
        <source>Start &amp;from:</source>
        <translation type="unfinished">開始元(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="107" />
        <source>Network architecture; fixed by the model you start from</source>
        <translation type="unfinished">ネットワークアーキテクチャ (開始元のモデルにより固定)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="108" />
        <source>&amp;Network:</source>
        <translation type="unfinished">ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="113" />
        <source>Name of the new model; its version is set when you promote it</source>
        <translation type="unfinished">新しいモデルの名前 (バージョンは昇格時に設定されます)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="114" />
        <source>N&amp;ame:</source>
        <translation type="unfinished">名前(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="125" />
        <source>Data</source>
        <translation type="unfinished">データ</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="127" />
        <source>Dataset folder (with manifest.json)</source>
        <translation type="unfinished">データセットフォルダー (manifest.json を含む)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="128" />
        <source>A folder exported as PNG + manifest, or made by: nervescope-cli dataset synth</source>
        <translation type="unfinished">PNG + マニフェストとしてエクスポートしたフォルダー、または nervescope-cli dataset synth で作成したフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="130" />
        <source>Approved and corrected annotations of this workspace</source>
        <translation type="unfinished">このワークスペースの承認済みおよび修正済みのアノテーション</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="132" />
        <source>Not available yet: export the workspace as PNG + manifest and choose that folder</source>
        <translation type="unfinished">まだ使用できません: ワークスペースを PNG + マニフェストとしてエクスポートし、そのフォルダーを選択してください</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="139" />
        <source>Dataset folder</source>
        <translation type="unfinished">データセットフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="141" />
        <source>&amp;Browse…</source>
        <translation type="unfinished">参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="142" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">データセットフォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="154" />
        <source>The manifest splits by patient: no patient's frames are in two splits, so validation figures come from patients the model never saw</source>
        <translation type="unfinished">マニフェストは患者単位で分割されています。同じ患者のフレームが 2 つの分割に含まれることはないため、検証の数値はモデルが見たことのない患者から得られます</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="159" />
        <source>Where the run writes its checkpoints, log and the trained model</source>
        <translation type="unfinished">学習のチェックポイント、ログ、学習済みモデルの書き出し先</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="160" />
        <source>Out&amp;put…</source>
        <translation type="unfinished">出力先(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="161" />
        <source>Choose the output folder</source>
        <translation type="unfinished">出力フォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="162" />
        <source>Output:</source>
        <translation type="unfinished">出力先:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="167" />
        <source>Dataset Folder</source>
        <translation type="unfinished">データセットフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="171" />
        <source>Output Folder</source>
        <translation type="unfinished">出力フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="184" />
        <source>Training</source>
        <translation type="unfinished">学習</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="186" />
        <source>Most passes over the training frames; training stops earlier when validation stops improving</source>
        <translation type="unfinished">学習フレームを通す最大回数。検証の数値が改善しなくなると早めに終了します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="187" />
        <source>Frames per optimisation step; lower it when memory runs short</source>
        <translation type="unfinished">1 回の最適化ステップあたりのフレーム数。メモリーが不足する場合は小さくしてください</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="188" />
        <source>Adam learning rate; about 10x lower than the default suits fine-tuning</source>
        <translation type="unfinished">Adam の学習率。ファインチューニングには既定値の約 1/10 が適しています</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="191" />
        <source>Constant</source>
        <translation type="unfinished">一定</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="192" />
        <source>Cosine</source>
        <translation type="unfinished">コサイン</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="193" />
        <source>Constant keeps the learning rate; cosine lowers it along half a cosine to near 0 at the last epoch, which steadies the last epochs (the shipped severity CNN was trained so). A cosine run resumes only with the same number of epochs.</source>
        <translation type="unfinished">一定では学習率を変えません。コサインでは学習率を半周期のコサインに沿って最終エポックでほぼ 0 まで下げ、最後のエポックを安定させます (付属の重症度 CNN はこの方法で学習)。コサインの学習は同じエポック数でのみ再開できます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="196" />
        <source>Frames are resized to this square size before the network (U-Nets: a multiple of 16)</source>
        <translation type="unfinished">フレームはネットワークに入力する前にこの正方形サイズにリサイズされます (U-Net 系: 16 の倍数)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="198" />
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="201" />
        <source>Classifiers: dropout after each dense layer while training. The severity CNNs start at 0.2: with S3's 0.6 their units die in the first epochs and they stay at chance on phantoms. A model you start from keeps its own.</source>
        <translation type="unfinished">分類モデル: 学習中に各全結合層の後に適用するドロップアウト。重症度 CNN は 0.2 から開始します。S3 の 0.6 ではユニットが最初のエポックで死んでしまい、ファントムでは偶然レベルのままになります。開始元のモデルは自身の値を維持します。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="204" />
        <source>network's own</source>
        <translation type="unfinished">ネットワーク固有の値</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="205" />
        <source>Stop after this many epochs without a better validation figure</source>
        <translation type="unfinished">検証の数値が改善しないままこのエポック数が経過したら停止します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="206" />
        <source>Random seed: the same seed, data and threads give the same model</source>
        <translation type="unfinished">乱数シード: 同じシード、データ、スレッド数からは同じモデルが得られます</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="208" />
        <source>CPU threads for training; 0 uses all cores (the window stays responsive either way)</source>
        <translation type="unfinished">学習に使う CPU スレッド数。0 で全コアを使用します (いずれの場合もウィンドウの操作は可能です)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="209" />
        <source>automatic</source>
        <translation type="unfinished">自動</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="210" />
        <source>&amp;Epochs:</source>
        <translation type="unfinished">エポック数(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="211" />
        <source>&amp;Batch size:</source>
        <translation type="unfinished">バッチサイズ(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="212" />
        <source>&amp;Learning rate:</source>
        <translation type="unfinished">学習率(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="213" />
        <source>Learning-rate s&amp;chedule:</source>
        <translation type="unfinished">学習率スケジュール(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="214" />
        <source>&amp;Input size:</source>
        <translation type="unfinished">入力サイズ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="215" />
        <source>&amp;Dropout:</source>
        <translation type="unfinished">ドロップアウト(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="216" />
        <source>&amp;Patience:</source>
        <translation type="unfinished">Patience(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="217" />
        <source>&amp;Seed:</source>
        <translation type="unfinished">シード(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="218" />
        <source>&amp;Threads:</source>
        <translation type="unfinished">スレッド数(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="227" />
        <source>Augmentation (random, per frame and epoch)</source>
        <translation type="unfinished">データ拡張 (フレームとエポックごとにランダム)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="229" />
        <source>Largest shear, degrees, drawn independently in x and y</source>
        <translation type="unfinished">最大せん断角 (度、x と y で独立に決定)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="230" />
        <source>Largest rotation, degrees, either way</source>
        <translation type="unfinished">最大回転角 (度、左右いずれの方向も)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="231" />
        <source>Smallest zoom factor (1 = none); CTS models keep this near 1 because nerve size is the sign</source>
        <translation type="unfinished">最小ズーム倍率 (1 = なし)。神経の大きさが所見となるため、CTS モデルではこの値を 1 に近く保ちます</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="232" />
        <source>Largest zoom factor (1 = none)</source>
        <translation type="unfinished">最大ズーム倍率 (1 = なし)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="233" />
        <source>Largest shift, percent of the image size, in x and y</source>
        <translation type="unfinished">最大シフト量 (画像サイズに対する %、x と y)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="235" />
        <source>Mirror left-right</source>
        <translation type="unfinished">左右反転</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="236" />
        <source>Mirror half of the frames: left and right wrists look alike mirrored</source>
        <translation type="unfinished">フレームの半数を反転します: 左右の手関節は反転するとよく似ています</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="241" />
        <source>Shear:</source>
        <translation type="unfinished">せん断:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="242" />
        <source>Rotation:</source>
        <translation type="unfinished">回転:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="243" />
        <source>Zoom:</source>
        <translation type="unfinished">ズーム:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="244" />
        <source>Shift:</source>
        <translation type="unfinished">シフト:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="282" />
        <source>%1 (current default)</source>
        <translation type="unfinished">%1 (現在の既定)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="284" />
        <source>%1 (workspace)</source>
        <translation type="unfinished">%1 (ワークスペース)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="288" />
        <source>Random weights (from scratch)</source>
        <translation type="unfinished">ランダムな重み (ゼロから学習)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="312" />
        <source>Starts from %1 %2: %3, input %4×%5 px.</source>
        <translation type="unfinished">開始元 %1 %2: %3、入力 %4×%5 px。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="314" />
        <source>It looks at a %1 mm square around the nerve.</source>
        <translation type="unfinished">神経周囲 %1 mm の正方形を見ます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="318" />
        <source>Starts from random weights: needs many frames and epochs.</source>
        <translation type="unfinished">ランダムな重みから開始します: 多くのフレームとエポックが必要です。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="351" />
        <source>Export the approved and corrected annotations of the open workspace and train on them</source>
        <translation type="unfinished">開いているワークスペースの承認済みおよび修正済みアノテーションをエクスポートして学習します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="375" />
        <source>Choose a dataset folder.</source>
        <translation type="unfinished">データセットフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="381" />
        <source>&lt;span style='color:#ff8080'&gt;%1&lt;/span&gt;</source>
        <translation type="unfinished">&lt;span style='color:#ff8080'&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="398" />
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished">&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="402" />
        <source>Made for: %1 · view: %2 · scanner profiles: %3&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;split&lt;/th&gt;&lt;th&gt;patients&lt;/th&gt;&lt;th&gt;frames&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</source>
        <translation type="unfinished">作成対象: %1 · 断面: %2 · スキャナープロファイル: %3&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;分割&lt;/th&gt;&lt;th&gt;患者数&lt;/th&gt;&lt;th&gt;フレーム数&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="405" />
        <source>unknown</source>
        <translation type="unfinished">不明</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>&amp;Start</source>
        <translation type="unfinished">開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>&amp;Resume</source>
        <translation type="unfinished">再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>Discard</source>
        <translation type="unfinished">破棄</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="70" />
        <source>&amp;Promote to Workspace</source>
        <translation type="unfinished">ワークスペースに昇格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="73" />
        <source>Train with these settings (Ctrl+Return)</source>
        <translation type="unfinished">この設定で学習します (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="74" />
        <source>Stop after the current batch; the last whole epoch is kept for Resume (Esc or Ctrl+.)</source>
        <translation type="unfinished">現在のバッチの後に停止します。最後に完了したエポックは再開用に保持されます (Esc または Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="75" />
        <source>Continue the unfinished run of these settings from its last checkpoint</source>
        <translation type="unfinished">この設定の未完了の学習を最後のチェックポイントから続行します</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="76" />
        <source>Delete the unfinished run's checkpoint so a new run can start</source>
        <translation type="unfinished">未完了の学習のチェックポイントを削除して、新しい学習を開始できるようにします</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="77" />
        <location filename="../ui/training/TrainingPage.cpp" line="326" />
        <source>Copy the new model into the workspace and make it the default the AI panel uses</source>
        <translation type="unfinished">新しいモデルをワークスペースにコピーし、AI パネルの既定モデルにします</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="81" />
        <source>What the run reported, one line per epoch</source>
        <translation type="unfinished">学習の出力 (エポックごとに 1 行)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="85" />
        <source>Time left, estimated from the batches so far</source>
        <translation type="unfinished">これまでのバッチから推定した残り時間</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="104" />
        <source>Validation Results</source>
        <translation type="unfinished">検証結果</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="105" />
        <source>Log</source>
        <translation type="unfinished">ログ</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="145" />
        <source>Choose the task, the model to start from and the data, then Start (Ctrl+Return).</source>
        <translation type="unfinished">タスク、開始元のモデル、データを選択して「開始」を押してください (Ctrl+Return)。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="191" />
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished">現在のバッチの後にキャンセルします…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="203" />
        <source>Choose a dataset folder first.</source>
        <translation type="unfinished">先にデータセットフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="215" />
        <source>An unfinished run of these settings exists: Resume it, or Discard it to start over.</source>
        <translation type="unfinished">この設定の未完了の学習があります: 再開するか、破棄して最初からやり直してください。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="232" />
        <source>Resuming %1 in %2</source>
        <translation type="unfinished">%2 で %1 を再開中</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="233" />
        <source>Training %1 in %2</source>
        <translation type="unfinished">%2 で %1 を学習中</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Resuming…</source>
        <translation type="unfinished">再開中…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Reading the dataset…</source>
        <translation type="unfinished">データセットを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="248" />
        <source>about %1 left</source>
        <translation type="unfinished">残り約 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="261" />
        <source>Done in %1: best validation %2 %3 at epoch %4 of %5%6. Saved %7.</source>
        <translation type="unfinished">%1 で完了: 最良の検証 %2 %3 (エポック %4/%5%6)。%7 を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="266" />
        <source> (stopped early)</source>
        <translation type="unfinished"> (早期終了)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="269" />
        <source>Cancelled. The checkpoint after epoch %1 is kept: Resume continues from there.</source>
        <translation type="unfinished">キャンセルしました。エポック %1 終了時のチェックポイントを保持しています: 「再開」でそこから続行できます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="273" />
        <source>Saved %1</source>
        <translation type="unfinished">%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="284" />
        <source>Discarded the checkpoint in %1</source>
        <translation type="unfinished">%1 のチェックポイントを破棄しました</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="295" />
        <source>Cannot promote: %1</source>
        <translation type="unfinished">昇格できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="299" />
        <source>Promoted %1 %2 into the workspace; the AI panel now uses it by default.</source>
        <translation type="unfinished">%1 %2 をワークスペースに昇格しました。AI パネルの既定モデルとして使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="300" />
        <source>Promoted to %1</source>
        <translation type="unfinished">%1 に昇格しました</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="320" />
        <source>An unfinished run of %1 (%2 of %3 epochs done) is in %4. Resume continues it; Discard deletes it.</source>
        <translation type="unfinished">%1 の未完了の学習 (%3 エポック中 %2 エポック完了) が %4 にあります。「再開」で続行、「破棄」で削除します。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="327" />
        <source>Open or create a workspace first (File menu) to promote a model into it</source>
        <translation type="unfinished">モデルを昇格するには、先にワークスペースを開くか作成してください (ファイル メニュー)</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingResultsView</name>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="52" />
        <source>&lt;b&gt;ROC curve&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;ROC 曲線&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="53" />
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: reference, columns: predicted)</source>
        <translation type="unfinished">&lt;b&gt;混同行列&lt;/b&gt; (行: 参照、列: 予測)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="54" />
        <source>Open &amp;Worst Case</source>
        <translation type="unfinished">最悪例を開く(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="57" />
        <source>1 − specificity</source>
        <translation type="unfinished">1 − 特異度</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="58" />
        <source>Sensitivity</source>
        <translation type="unfinished">感度</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="63" />
        <source>Validation ROC curve of the new model (and of the current default when it is a binary model)</source>
        <translation type="unfinished">新しいモデル (および現在の既定モデルが二値モデルの場合はそのモデル) の検証 ROC 曲線</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="65" />
        <source>Validation frames by reference class (rows) and predicted class (columns)</source>
        <translation type="unfinished">参照クラス (行) と予測クラス (列) ごとの検証フレーム数</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="67" />
        <source>The new model and the current default on the same validation frames</source>
        <translation type="unfinished">同じ検証フレームでの新しいモデルと現在の既定モデル</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="73" />
        <source>Every validation frame; sort by score to see the worst. Double-click (or Enter) opens the frame.</source>
        <translation type="unfinished">すべての検証フレーム。スコアで並べ替えると最も悪いものを確認できます。ダブルクリック (または Enter) でフレームを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="74" />
        <source>Open the validation frame the new model did worst on in the viewer</source>
        <translation type="unfinished">新しいモデルの成績が最も悪かった検証フレームをビューアーで開きます</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="85" />
        <source>&lt;b&gt;New model vs current default&lt;/b&gt; (same validation frames)</source>
        <translation type="unfinished">&lt;b&gt;新しいモデルと現在の既定モデルの比較&lt;/b&gt; (同じ検証フレーム)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="89" />
        <source>&lt;b&gt;Validation frames&lt;/b&gt;, worst first</source>
        <translation type="unfinished">&lt;b&gt;検証フレーム&lt;/b&gt; (悪い順)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="119" />
        <source>Results appear here when a run finishes.</source>
        <translation type="unfinished">学習が完了すると、ここに結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="152" />
        <source>%1 (AUC %2)</source>
        <translation type="unfinished">%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="158" />
        <source>chance</source>
        <translation type="unfinished">偶然</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="159" />
        <source>new</source>
        <translation type="unfinished">新規</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="161" />
        <source>default</source>
        <translation type="unfinished">既定</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="197" />
        <source>Mean DSC</source>
        <translation type="unfinished">平均 DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="199" />
        <source>AUC</source>
        <translation type="unfinished">AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="201" />
        <source>Accuracy</source>
        <translation type="unfinished">正解率</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>Figure</source>
        <translation type="unfinished">指標</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>New: %1</source>
        <translation type="unfinished">新規: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default: %1</source>
        <translation type="unfinished">既定: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default</source>
        <translation type="unfinished">既定</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="212" />
        <source>Frames</source>
        <translation type="unfinished">フレーム数</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="217" />
        <source>Both models judged on the same %1 validation frames, each at its own input size.</source>
        <translation type="unfinished">両モデルとも同じ %1 枚の検証フレームで、それぞれの入力サイズで評価しています。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Frame</source>
        <translation type="unfinished">フレーム</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Patient</source>
        <translation type="unfinished">患者</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Reference</source>
        <translation type="unfinished">参照</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Predicted</source>
        <translation type="unfinished">予測</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>DSC</source>
        <translation type="unfinished">DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>Score</source>
        <translation type="unfinished">スコア</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="232" />
        <source>Probabilities</source>
        <translation type="unfinished">確率</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="237" />
        <source>DSC of the predicted outline with the reference (1 = perfect)</source>
        <translation type="unfinished">予測輪郭と参照輪郭の DSC (1 = 完全一致)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="238" />
        <source>Probability the model gave the reference class (1 = sure and right)</source>
        <translation type="unfinished">モデルが参照クラスに与えた確率 (1 = 確信を持って正解)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ViewerStatusBar</name>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="18" />
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="21" />
        <source>Stop this background task</source>
        <translation type="unfinished">このバックグラウンドタスクを停止します</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>Pixel under the cursor (column, row)</source>
        <translation type="unfinished">カーソル位置のピクセル (列, 行)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>x 0000, y 0000 px</source>
        <translation type="unfinished">x 0000, y 0000 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="28" />
        <source>Position in millimetres from the origin of the ultrasound region under the cursor</source>
        <translation type="unfinished">カーソル位置の超音波領域の原点からの位置 (mm)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="29" />
        <source>000.00, 000.00 mm (region 0)</source>
        <translation type="unfinished">000.00, 000.00 mm (領域 0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>Stored pixel value under the cursor</source>
        <translation type="unfinished">カーソル位置の保存ピクセル値</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>RGB 000, 000, 000</source>
        <translation type="unfinished">RGB 000, 000, 000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom (F: fit, 1: actual pixels, +/-: zoom)</source>
        <translation type="unfinished">ズーム (F: 全体表示、1: 実寸、+/-: ズーム)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom 0000%</source>
        <translation type="unfinished">ズーム 0000%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="32" />
        <source>Window width / level (right-drag on the image to change, Ctrl+R to reset)</source>
        <translation type="unfinished">ウィンドウ幅 / レベル (画像上で右ドラッグで変更、Ctrl+R でリセット)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="33" />
        <source>W 00000 L 00000</source>
        <translation type="unfinished">W 00000 L 00000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="65" />
        <source>Zoom %1%</source>
        <translation type="unfinished">ズーム %1%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="71" />
        <source>W/L: colour</source>
        <translation type="unfinished">W/L: カラー</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="75" />
        <source>W/L: as stored</source>
        <translation type="unfinished">W/L: 保存値のまま</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="78" />
        <source>W %1 L %2</source>
        <translation type="unfinished">W %1 L %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::WelcomeWidget</name>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="23" />
        <source>NerveScope</source>
        <translation type="unfinished">NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="27" />
        <source>Open a study (Ctrl+O) or drop a DICOM, video or image file here</source>
        <translation>検査を開く (Ctrl+O) か、DICOM・動画・画像ファイルをここにドロップしてください</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="32" />
        <source>Open Study…</source>
        <translation>検査を開く…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="34" />
        <source>Open a DICOM, video or image file (Ctrl+O)</source>
        <translation type="unfinished">DICOM、動画、画像ファイルを開きます (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="36" />
        <source>Open Folder…</source>
        <translation>フォルダーを開く…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="37" />
        <source>Open a folder of images as one sequence (Ctrl+Shift+O)</source>
        <translation type="unfinished">画像フォルダーを 1 つのシーケンスとして開きます (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="45" />
        <source>Recent studies</source>
        <translation>最近の検査</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="49" />
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished">ダブルクリックまたは Enter で開きます</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="52" />
        <source>Research and teaching software: not a medical device.</source>
        <translation>研究・教育用ソフトウェアであり、医療機器ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="94" />
        <source>%1    %2</source>
        <translation type="unfinished">%1    %2</translation>
    </message>
</context>
</TS>