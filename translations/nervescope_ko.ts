<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="46" />
        <source>One rater has no contour on this frame.</source>
        <translation type="unfinished">한 평가자의 윤곽선이 이 프레임에 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="54" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">이 검사에는 보정 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="65" />
        <source>The region's x and y spacing differ; the distance is given in pixels only.</source>
        <translation type="unfinished">영역의 x, y 간격이 서로 달라 거리를 픽셀 단위로만 표시합니다.</translation>
    </message>
</context>
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="71" />
        <source>Held-out phantoms (%1 patients): %2</source>
        <translation type="unfinished">홀드아웃 팬텀(환자 %1명): %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="82" />
        <source>Validation: %1 (no held-out figures in the card)</source>
        <translation type="unfinished">검증: %1 (카드에 홀드아웃 수치 없음)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ViewWarning.cpp" line="17" />
        <source>The study's series description or view code names its view; each model reads the view it was trained on</source>
        <translation type="unfinished">검사의 시리즈 설명이나 뷰 코드로 단면을 판별합니다. 각 모델은 학습한 단면만 판독합니다</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <location filename="../core/annotation/ContourStore.cpp" line="63" />
        <source>No contour with id %1.</source>
        <translation type="unfinished">ID가 %1인 윤곽선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="28" />
        <source>Add contour</source>
        <translation type="unfinished">윤곽선 추가</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="51" />
        <source>Delete contour</source>
        <translation type="unfinished">윤곽선 삭제</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Move vertices</source>
        <translation type="unfinished">꼭짓점 이동</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Edit contour</source>
        <translation type="unfinished">윤곽선 편집</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="112" />
        <source>Set label</source>
        <translation type="unfinished">레이블 설정</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Approve</source>
        <translation type="unfinished">승인</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Set review status</source>
        <translation type="unfinished">검토 상태 설정</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="156" />
        <source>Grade</source>
        <translation type="unfinished">등급</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="50" />
        <source>A grade needs a binary grade, a severity or both.</source>
        <translation type="unfinished">등급에는 이진 등급이나 중증도 중 하나 이상이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="54" />
        <source>Severity must be 0 (normal) to 3 (severe).</source>
        <translation type="unfinished">중증도는 0(정상)에서 3(중증) 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="105" />
        <source>No grade with id %1.</source>
        <translation type="unfinished">ID가 %1인 등급이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="43" />
        <source>Interpolation needs two key frames (frames with your manual or corrected contours) with frames between them around frame %1.</source>
        <translation type="unfinished">보간하려면 프레임 %1 앞뒤로 키 프레임(직접 그리거나 수정한 윤곽선이 있는 프레임)이 두 개 있고 그 사이에 프레임이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="56" />
        <source>Key frames %1 and %2 hold %3 and %4 contours; interpolation needs the same number on both (a bifid nerve is two on each).</source>
        <translation type="unfinished">키 프레임 %1, %2의 윤곽선 수가 각각 %3개, %4개입니다. 보간하려면 두 프레임의 윤곽선 수가 같아야 합니다(이분 신경은 각각 2개).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="39" />
        <source>not set</source>
        <translation type="unfinished">설정 안 됨</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>CTS</source>
        <translation type="unfinished">CTS</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>no CTS</source>
        <translation type="unfinished">CTS 아님</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="50" />
        <source>severity %1</source>
        <translation type="unfinished">중증도 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="53" />
        <source>left wrist</source>
        <translation type="unfinished">왼쪽 손목</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="55" />
        <source>right wrist</source>
        <translation type="unfinished">오른쪽 손목</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="57" />
        <source>%1 wrist</source>
        <translation type="unfinished">손목(%1)</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="102" />
        <source>Add contour</source>
        <translation type="unfinished">윤곽선 추가</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="104" />
        <source>Edit contour</source>
        <translation type="unfinished">윤곽선 편집</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="106" />
        <source>Delete contour</source>
        <translation type="unfinished">윤곽선 삭제</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="108" />
        <source>Restore contour</source>
        <translation type="unfinished">윤곽선 복원</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="110" />
        <source>Relabel contour</source>
        <translation type="unfinished">윤곽선 레이블 변경</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="112" />
        <source>Review status</source>
        <translation type="unfinished">검토 상태</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="114" />
        <source>Grade</source>
        <translation type="unfinished">등급</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="116" />
        <source>Withdraw grade</source>
        <translation type="unfinished">등급 철회</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="118" />
        <source>Import study</source>
        <translation type="unfinished">검사 가져오기</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="127" />
        <source>%1, %2 points, %3</source>
        <translation type="unfinished">%1, 점 %2개, %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="130" />
        <source>Vertices: %1 → %2 points</source>
        <translation type="unfinished">꼭짓점: %1개 → %2개</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="133" />
        <source>; source %1 → %2</source>
        <translation type="unfinished">; 출처 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="137" />
        <source>%1, %2 points</source>
        <translation type="unfinished">%1, 점 %2개</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="139" />
        <source>Label: %1 → %2</source>
        <translation type="unfinished">레이블: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="142" />
        <source>Status: %1 → %2</source>
        <translation type="unfinished">상태: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="147" />
        <source>Withdrawn: %1</source>
        <translation type="unfinished">철회됨: %1</translation>
    </message>
</context>
<context>
    <name>BaseModel</name>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="16" />
        <source>no base model "%1" (a model name from `models list` or a card path)</source>
        <translation type="unfinished">기반 모델 "%1"이(가) 없습니다(`models list`의 모델 이름 또는 카드 경로를 지정하십시오)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="18" />
        <source>base model: %1</source>
        <translation type="unfinished">기반 모델: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="29" />
        <source>base model %1 is a %2 model, not %3</source>
        <translation type="unfinished">기반 모델 %1은(는) %3 모델이 아니라 %2 모델입니다</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="31" />
        <source>base model %1 is a %2, not a %3 (use --arch %2)</source>
        <translation type="unfinished">기반 모델 %1은(는) %3이(가) 아니라 %2입니다(--arch %2 사용)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="33" />
        <source>base model %1 uses activation %2, not %3</source>
        <translation type="unfinished">기반 모델 %1은(는) 활성화 함수로 %3이(가) 아니라 %2을(를) 사용합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="35" />
        <source>base model %1 takes %2x%3 input, not %4x%5 (use --input %2x%3)</source>
        <translation type="unfinished">기반 모델 %1의 입력 크기는 %4x%5가 아니라 %2x%3입니다(--input %2x%3 사용)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="38" />
        <source>base model %1 looks at a %2 mm crop around the nerve, not %3 mm (use --crop-mm %2)</source>
        <translation type="unfinished">기반 모델 %1은(는) 신경 주위 %3 mm가 아니라 %2 mm 크롭 영역을 봅니다(--crop-mm %2 사용)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="55" />
        <source>cannot load base model %1: %2</source>
        <translation type="unfinished">기반 모델 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/media/Calibration.cpp" line="72" />
        <source>The image carries no calibration (no ultrasound regions, no pixel spacing).</source>
        <translation type="unfinished">이미지에 보정 정보가 없습니다(초음파 영역 및 픽셀 간격 없음).</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="87" />
        <source>The measurement crosses ultrasound regions, so it has no single scale.</source>
        <translation type="unfinished">측정이 여러 초음파 영역에 걸쳐 있어 단일 축척을 적용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="88" />
        <source>The measurement lies outside every calibrated ultrasound region.</source>
        <translation type="unfinished">측정이 보정된 초음파 영역을 모두 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="94" />
        <source>Ultrasound region %1 has no spatial calibration (units %2 x %3).</source>
        <translation type="unfinished">초음파 영역 %1에는 공간 보정이 없습니다(단위 %2 x %3).</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="113" />
        <source>not calibrated</source>
        <translation type="unfinished">보정 안 됨</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="115" />
        <source>pixel spacing %1 x %2 mm</source>
        <translation type="unfinished">픽셀 간격 %1 x %2 mm</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="120" />
        <source>%1 ultrasound regions, %2 spatially calibrated</source>
        <translation type="unfinished">초음파 영역 %1개, 공간 보정 %2개</translation>
    </message>
</context>
<context>
    <name>CalibrationOverlay</name>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="104" />
        <source>Region %1: %2 mm/px</source>
        <translation type="unfinished">영역 %1: %2 mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="105" />
        <source>Region %1: no scale</source>
        <translation type="unfinished">영역 %1: 축척 없음</translation>
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
        <translation type="unfinished">검증 프레임 %1개 평가 중</translation>
    </message>
    <message>
        <location filename="../inference/training/CaseEvaluation.cpp" line="114" />
        <source>%1 is a %2 model, not %3</source>
        <translation type="unfinished">%1은(는) %3 모델이 아니라 %2 모델입니다</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="31" />
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다(디스크가 가득 찼습니까?): %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="36" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">%1을(를) 제자리로 옮길 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="51" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="60" />
        <source>cannot serialise the checkpoint: %1</source>
        <translation type="unfinished">체크포인트를 직렬화할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="81" />
        <source>checkpoint %1 is damaged (no run state)</source>
        <translation type="unfinished">체크포인트 %1이(가) 손상되었습니다(실행 상태 없음)</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="86" />
        <source>cannot read checkpoint %1: %2</source>
        <translation type="unfinished">체크포인트 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="97" />
        <source>cannot serialise the weights: %1</source>
        <translation type="unfinished">가중치를 직렬화할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="109" />
        <source>cannot read weights %1: %2</source>
        <translation type="unfinished">가중치 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="14" />
        <source>GPU (CUDA, %n device(s))</source>
        <translation type="unfinished">
            <numerusform>GPU (CUDA, 장치 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="15" />
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform>CPU, 스레드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../inference/ComputeDevice.cpp" line="16" />
        <source>%1, bfloat16</source>
        <translation type="unfinished">%1, bfloat16</translation>
    </message>
</context>
<context>
    <name>DatasetManifest</name>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="23" />
        <source>dataset folder %1 does not exist</source>
        <translation type="unfinished">데이터 세트 폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="25" />
        <source>%1 has no readable manifest.json (make one with `nervescope-cli dataset synth`)</source>
        <translation type="unfinished">%1에 읽을 수 있는 manifest.json이 없습니다(`nervescope-cli dataset synth`로 만드십시오)</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="29" />
        <source>%1: manifest.json is not valid JSON: %2</source>
        <translation type="unfinished">%1: manifest.json이 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="58" />
        <source>%1: image %2 is missing</source>
        <translation type="unfinished">%1: 이미지 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="62" />
        <source>%1: the manifest lists no frames</source>
        <translation type="unfinished">%1: 매니페스트에 프레임이 없습니다</translation>
    </message>
</context>
<context>
    <name>DicomExport</name>
    <message>
        <location filename="../core/export/dicom/DicomDeidentifier.cpp" line="192" />
        <source>no export key: cannot de-identify</source>
        <translation type="unfinished">내보내기 키가 없어 비식별화할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="51" />
        <source>cannot decompress the image to black out burned-in text (transfer syntax not supported)</source>
        <translation type="unfinished">이미지에 새겨진 텍스트를 가리기 위한 압축 해제를 할 수 없습니다(지원하지 않는 전송 구문)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="63" />
        <source>cannot black out pixels of %1-bit images</source>
        <translation type="unfinished">%1비트 이미지의 픽셀은 가릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="67" />
        <source>the file has no pixel data to black out</source>
        <translation type="unfinished">파일에 가릴 픽셀 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="70" />
        <source>cannot read the pixel data to black out</source>
        <translation type="unfinished">가릴 픽셀 데이터를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="74" />
        <source>the pixel data is shorter than the header says</source>
        <translation type="unfinished">픽셀 데이터가 헤더에 명시된 것보다 짧습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="44" />
        <source>the mask of frame %1 is %2x%3 pixels but the image is %4x%5</source>
        <translation type="unfinished">프레임 %1의 마스크는 %2x%3 픽셀이지만 이미지는 %4x%5입니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="54" />
        <source>frame %1 has neither a mask nor a contour</source>
        <translation type="unfinished">프레임 %1에 마스크도 윤곽선도 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="74" />
        <source>%1 has no annotated frame to export</source>
        <translation type="unfinished">%1에 내보낼 주석 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="76" />
        <source>Writing DICOM SEG for %1</source>
        <translation type="unfinished">%1의 DICOM SEG 쓰는 중</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="102" />
        <source>frame %1 does not exist in %2 (%3 frames)</source>
        <translation type="unfinished">%2에 프레임 %1이(가) 없습니다(프레임 %3개)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="107" />
        <source>frame %1 is listed twice</source>
        <translation type="unfinished">프레임 %1이(가) 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="131" />
        <source>cannot start the segmentation: %1</source>
        <translation type="unfinished">분할 객체를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="179" />
        <source>cannot describe the segment: %1</source>
        <translation type="unfinished">세그먼트를 기술할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="184" />
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="122" />
        <source>export cancelled</source>
        <translation type="unfinished">내보내기 취소됨</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="209" />
        <source>cannot add frame %1 to the segmentation: %2</source>
        <translation type="unfinished">분할 객체에 프레임 %1을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="223" />
        <source>the segmentation is not valid DICOM: %1</source>
        <translation type="unfinished">분할 객체가 올바른 DICOM이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="64" />
        <source>cannot read %1 as DICOM: %2</source>
        <translation type="unfinished">%1을(를) DICOM으로 읽을 수 없습니다: %2</translation>
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
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="120" />
        <source>cannot write %1</source>
        <translation type="unfinished">%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="82" />
        <source>%1 has no frame with a calibrated nerve area, so there is nothing to report</source>
        <translation type="unfinished">%1에 보정된 신경 면적이 있는 프레임이 없어 보고할 내용이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="87" />
        <source>Writing DICOM SR for %1</source>
        <translation type="unfinished">%1의 DICOM SR 쓰는 중</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="117" />
        <source>cannot start the measurement report: %1</source>
        <translation type="unfinished">측정 보고서를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="126" />
        <source>frame %1 does not exist in %2</source>
        <translation type="unfinished">%2에 프레임 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="154" />
        <source>cannot add the area of frame %1: %2</source>
        <translation type="unfinished">프레임 %1의 면적을 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="176" />
        <source>the measurement report is not valid DICOM: %1</source>
        <translation type="unfinished">측정 보고서가 올바른 DICOM이 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>DicomFrameSource</name>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="84" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="101" />
        <source>floating-point pixel data is not supported</source>
        <translation type="unfinished">부동소수점 픽셀 데이터는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="103" />
        <source>it holds no image (no pixel data)</source>
        <translation type="unfinished">이미지가 없습니다(픽셀 데이터 없음)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="104" />
        <source>it holds no image (it is a %1 object)</source>
        <translation type="unfinished">이미지가 없습니다(%1 객체임)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="109" />
        <source>its pixel data element is malformed</source>
        <translation type="unfinished">픽셀 데이터 요소의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="141" />
        <source>the image size (Rows, Columns) is missing</source>
        <translation type="unfinished">이미지 크기(Rows, Columns)가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="154" />
        <source>its compressed pixel data is malformed</source>
        <translation type="unfinished">압축된 픽셀 데이터의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="168" />
        <source>its transfer syntax %1 (%2) is not supported</source>
        <translation type="unfinished">전송 구문 %1(%2)은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="175" />
        <source>its transfer syntax %1 is not supported</source>
        <translation type="unfinished">전송 구문 %1은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="189" />
        <source>its pixel data is compressed although the transfer syntax says it is not</source>
        <translation type="unfinished">전송 구문에는 비압축으로 되어 있으나 픽셀 데이터가 압축되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="193" />
        <source>its pixel data holds %1 bytes, %2 frames of %3 x %4 need %5 (the file may be truncated)</source>
        <translation type="unfinished">픽셀 데이터가 %1바이트이지만 %3 x %4 프레임 %2개에는 %5바이트가 필요합니다(파일이 잘렸을 수 있음)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="199" />
        <source>the file is truncated inside its pixel data</source>
        <translation type="unfinished">픽셀 데이터 중간에서 파일이 잘렸습니다</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="223" />
        <source>High-Throughput JPEG 2000</source>
        <translation type="unfinished">High-Throughput JPEG 2000</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="248" />
        <source>Frame %1 of %2 could not be decoded: %3.</source>
        <translation type="unfinished">%2의 프레임 %1을(를) 디코딩할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="250" />
        <source>unknown error</source>
        <translation type="unfinished">알 수 없는 오류</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="273" />
        <source>its pixel data cannot be read (the file may be truncated)</source>
        <translation type="unfinished">픽셀 데이터를 읽을 수 없습니다(파일이 잘렸을 수 있음)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="285" />
        <source>the frame size cannot be determined</source>
        <translation type="unfinished">프레임 크기를 확인할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="41" />
        <source>the file does not exist</source>
        <translation type="unfinished">파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="45" />
        <source>it is a folder, not a DICOM file</source>
        <translation type="unfinished">DICOM 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="49" />
        <source>the file is empty</source>
        <translation type="unfinished">파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="53" />
        <source>permission denied</source>
        <translation type="unfinished">권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="65" />
        <source>the file is truncated (it ends in the middle of an element)</source>
        <translation type="unfinished">파일이 잘렸습니다(요소 중간에서 끝남)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="67" />
        <source>the file is damaged (%1)</source>
        <translation type="unfinished">파일이 손상되었습니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="79" />
        <source>it is not a DICOM file</source>
        <translation type="unfinished">DICOM 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM image</source>
        <translation type="unfinished">DICOM 이미지</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM (SOP class %1)</source>
        <translation type="unfinished">DICOM(SOP 클래스 %1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="108" />
        <source>%1 (retired)</source>
        <translation type="unfinished">%1(폐기됨)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="163" />
        <source>Patient name</source>
        <translation type="unfinished">환자 이름</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="164" />
        <location filename="../core/workspace/StudyStore.cpp" line="61" />
        <source>Patient ID</source>
        <translation type="unfinished">환자 ID</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="165" />
        <source>Study date</source>
        <translation type="unfinished">검사 날짜</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="166" />
        <source>Study description</source>
        <translation type="unfinished">검사 설명</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="167" />
        <source>Series description</source>
        <translation type="unfinished">시리즈 설명</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="168" />
        <source>Modality</source>
        <translation type="unfinished">모달리티</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="169" />
        <source>Manufacturer</source>
        <translation type="unfinished">제조사</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="105" />
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="170" />
        <source>Model</source>
        <translation type="unfinished">모델</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="171" />
        <source>Transducer</source>
        <translation type="unfinished">탐촉자</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="172" />
        <source>Body part</source>
        <translation type="unfinished">신체 부위</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="173" />
        <source>View</source>
        <translation type="unfinished">단면</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="177" />
        <source>Side</source>
        <translation type="unfinished">좌우</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="174" />
        <source>left</source>
        <translation type="unfinished">왼쪽</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="175" />
        <source>right</source>
        <translation type="unfinished">오른쪽</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="178" />
        <source>SOP Class</source>
        <translation type="unfinished">SOP 클래스</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="179" />
        <source>Transfer syntax</source>
        <translation type="unfinished">전송 구문</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="180" />
        <source>Photometric</source>
        <translation type="unfinished">광도 해석</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="181" />
        <source>Frames</source>
        <translation type="unfinished">프레임 수</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>Size</source>
        <translation type="unfinished">크기</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>Bits</source>
        <translation type="unfinished">비트</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>%1 stored of %2 allocated, %3</source>
        <translation type="unfinished">할당 %2비트 중 저장 %1비트, %3</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>signed</source>
        <translation type="unfinished">부호 있음</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>unsigned</source>
        <translation type="unfinished">부호 없음</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>Frame rate</source>
        <translation type="unfinished">프레임 속도</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>%1 frames/s</source>
        <translation type="unfinished">%1 프레임/초</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>not given</source>
        <translation type="unfinished">지정 안 됨</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="188" />
        <source>Calibration</source>
        <translation type="unfinished">보정</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="190" />
        <source>Window</source>
        <translation type="unfinished">윈도우</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="191" />
        <source>centre %1, width %2</source>
        <translation type="unfinished">중심 %1, 폭 %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="42" />
        <source>the compressed pixel data holds no fragments</source>
        <translation type="unfinished">압축된 픽셀 데이터에 프래그먼트가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="51" />
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="104" />
        <source>fragment %1 of the compressed pixel data is unreadable</source>
        <translation type="unfinished">압축된 픽셀 데이터의 프래그먼트 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="93" />
        <source>the compressed pixel data holds %1 fragments for %2 frames</source>
        <translation type="unfinished">압축된 픽셀 데이터에 프레임 %2개에 대한 프래그먼트가 %1개 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="109" />
        <source>cannot tell which of the %1 fragments belong to which of the %2 frames</source>
        <translation type="unfinished">프래그먼트 %1개가 각각 프레임 %2개 중 어디에 속하는지 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="125" />
        <source>the offset table points between fragments</source>
        <translation type="unfinished">오프셋 테이블이 프래그먼트 사이를 가리킵니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="128" />
        <source>the offset table is not in ascending order</source>
        <translation type="unfinished">오프셋 테이블이 오름차순이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="149" />
        <source>fragment %1 is missing</source>
        <translation type="unfinished">프래그먼트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="154" />
        <source>the frame's compressed data is empty or too large</source>
        <translation type="unfinished">프레임의 압축 데이터가 비어 있거나 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="162" />
        <source>the compressed data of the frame cannot be read (the file may be truncated)</source>
        <translation type="unfinished">프레임의 압축 데이터를 읽을 수 없습니다(파일이 잘렸을 수 있음)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="101" />
        <source>the fragment does not start with a JPEG 2000 codestream</source>
        <translation type="unfinished">프래그먼트가 JPEG 2000 코드스트림으로 시작하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="105" />
        <source>OpenJPEG could not create a decoder</source>
        <translation type="unfinished">OpenJPEG에서 디코더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="113" />
        <source>OpenJPEG rejected the decoder parameters</source>
        <translation type="unfinished">OpenJPEG에서 디코더 매개변수를 거부했습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="118" />
        <source>OpenJPEG could not create a stream</source>
        <translation type="unfinished">OpenJPEG에서 스트림을 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="129" />
        <source>the JPEG 2000 header is damaged (%1)</source>
        <translation type="unfinished">JPEG 2000 헤더가 손상되었습니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="131" />
        <source>the JPEG 2000 codestream is damaged (%1)</source>
        <translation type="unfinished">JPEG 2000 코드스트림이 손상되었습니다(%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="135" />
        <source>the JPEG 2000 frame has %1 components, %2 expected</source>
        <translation type="unfinished">JPEG 2000 프레임의 성분이 %1개입니다(예상: %2개)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="139" />
        <source>the JPEG 2000 frame has no data for component %1</source>
        <translation type="unfinished">JPEG 2000 프레임에 성분 %1의 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="141" />
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation type="unfinished">JPEG 2000 프레임은 %1 x %2이지만 헤더에는 %3 x %4로 되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="47" />
        <source>a discrete segment runs past the end of the data</source>
        <translation type="unfinished">이산 세그먼트가 데이터 끝을 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="53" />
        <source>a linear segment has no previous entry to start from</source>
        <translation type="unfinished">선형 세그먼트의 시작점이 될 이전 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="55" />
        <source>a linear segment has no end value</source>
        <translation type="unfinished">선형 세그먼트에 끝 값이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="64" />
        <source>an indirect segment comes first</source>
        <translation type="unfinished">간접 세그먼트가 맨 앞에 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="66" />
        <source>an indirect segment points at another indirect segment</source>
        <translation type="unfinished">간접 세그먼트가 다른 간접 세그먼트를 가리킵니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="72" />
        <location filename="../core/media/dicom/PaletteLut.cpp" line="77" />
        <source>an indirect segment is cut short</source>
        <translation type="unfinished">간접 세그먼트가 중간에 끊겼습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="84" />
        <source>an indirect segment points past the end of the data</source>
        <translation type="unfinished">간접 세그먼트가 데이터 끝 너머를 가리킵니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="90" />
        <source>unknown segment type %1</source>
        <translation type="unfinished">알 수 없는 세그먼트 유형 %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="179" />
        <source>the %1 palette colour lookup table descriptor is missing</source>
        <translation type="unfinished">%1 팔레트 색상 조회표 설명자가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="194" />
        <source>the %1 palette colour lookup table is shorter than its descriptor says</source>
        <translation type="unfinished">%1 팔레트 색상 조회표가 설명자에 명시된 것보다 짧습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="207" />
        <source>the segmented %1 palette cannot be expanded: %2</source>
        <translation type="unfinished">세그먼트화된 %1 팔레트를 확장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="208" />
        <source>it is empty</source>
        <translation type="unfinished">비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="213" />
        <source>the %1 palette colour lookup table data is missing</source>
        <translation type="unfinished">%1 팔레트 색상 조회표 데이터가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="231" />
        <source>the %1 palette colour lookup table is empty</source>
        <translation type="unfinished">%1 팔레트 색상 조회표가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="193" />
        <source>the image has no rows or columns</source>
        <translation type="unfinished">이미지에 행 또는 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="195" />
        <source>a %1 x %2 frame with %3 samples per pixel is too large</source>
        <translation type="unfinished">픽셀당 샘플이 %3개인 %1 x %2 프레임은 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="200" />
        <source>%1-bit pixel data is not supported (only 1-, 8- and 16-bit)</source>
        <translation type="unfinished">%1비트 픽셀 데이터는 지원하지 않습니다(1, 8, 16비트만 지원)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="202" />
        <source>Bits Stored (%1) does not fit in Bits Allocated (%2)</source>
        <translation type="unfinished">Bits Stored(%1)가 Bits Allocated(%2)를 초과합니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="204" />
        <source>High Bit (%1) does not fit Bits Stored (%2)</source>
        <translation type="unfinished">High Bit(%1)가 Bits Stored(%2)와 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="209" />
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="216" />
        <source>%1 with %2 samples per pixel is not valid</source>
        <translation type="unfinished">픽셀당 샘플이 %2개인 %1은(는) 유효하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="211" />
        <source>1-bit palette colour is not supported</source>
        <translation type="unfinished">1비트 팔레트 색상은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="218" />
        <source>1-bit colour is not supported</source>
        <translation type="unfinished">1비트 색상은 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="220" />
        <source>YBR_FULL_422 needs an even number of pixels and colour-by-pixel order</source>
        <translation type="unfinished">YBR_FULL_422에는 짝수 개의 픽셀과 픽셀별 색상 순서(color-by-pixel)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="224" />
        <source>the Photometric Interpretation is missing</source>
        <translation type="unfinished">광도 해석(Photometric Interpretation)이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="225" />
        <source>the photometric interpretation %1 is not supported</source>
        <translation type="unfinished">광도 해석 %1은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="240" />
        <source>the frame holds %1 bytes, %2 expected</source>
        <translation type="unfinished">프레임이 %1바이트입니다(예상: %2바이트)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="251" />
        <source>the palette colour lookup tables are missing</source>
        <translation type="unfinished">팔레트 색상 조회표가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="261" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">%1 x %2 프레임에 필요한 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>DisplayFrames</name>
    <message>
        <location filename="../core/media/DisplayFrames.cpp" line="16" />
        <source>frame %1: %2</source>
        <translation type="unfinished">프레임 %1: %2</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="22" />
        <source>evaluation cancelled</source>
        <translation type="unfinished">평가 취소됨</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="49" />
        <source>none of the %1 %2-split frames of the %3 view in %4 has a %5 to score %6 against</source>
        <translation type="unfinished">%4의 %3 단면 %2 세트 프레임 %1개 중 %6을(를) 평가할 %5이(가) 있는 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>CTS label</source>
        <translation type="unfinished">CTS 레이블</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>severity grade</source>
        <translation type="unfinished">중증도 등급</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="134" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="140" />
        <source>scored %1 of %2 frames</source>
        <translation type="unfinished">프레임 %2개 중 %1개 평가함</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="168" />
        <source>graded %1 of %2 frames</source>
        <translation type="unfinished">프레임 %2개 중 %1개 등급 판정함</translation>
    </message>
    <message>
        <location filename="../inference/Evaluation.cpp" line="157" />
        <location filename="../inference/ModelComparison.cpp" line="271" />
        <source>the nerve was found in none of the %1 frames, so none could be graded</source>
        <translation type="unfinished">프레임 %1개 모두에서 신경을 찾지 못해 등급을 판정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="56" />
        <source>%1 has no %2-split frames of the %3 view to evaluate %4 on</source>
        <translation type="unfinished">%1에 %4을(를) 평가할 %3 단면 %2 세트 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="235" />
        <source>%1 is a %2 model and %3 a %4 model: only models of one task can be compared</source>
        <translation type="unfinished">%1은(는) %2 모델이고 %3은(는) %4 모델입니다. 같은 작업의 모델끼리만 비교할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="240" />
        <source>%1 reads the %2 view and %3 the %4 view: choose one with --view</source>
        <translation type="unfinished">%1은(는) %2 단면을, %3은(는) %4 단면을 판독합니다. --view로 하나를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="22" />
        <source>Occlusion sensitivity</source>
        <translation type="unfinished">가림 민감도</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="23" />
        <source>LIME (superpixels)</source>
        <translation type="unfinished">LIME(슈퍼픽셀)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="24" />
        <source>Grad-CAM (coarse)</source>
        <translation type="unfinished">Grad-CAM(저해상도)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="76" />
        <source>mean P = %1</source>
        <translation type="unfinished">평균 P = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="77" />
        <source>P = %1</source>
        <translation type="unfinished">P = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="79" />
        <source>mean log-odds %1</source>
        <translation type="unfinished">평균 로그 오즈 %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="80" />
        <source>log-odds %1 (P = %2)</source>
        <translation type="unfinished">로그 오즈 %1 (P = %2)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="53" />
        <source>model %1 (%2) cannot be explained: it is neither a segmentation model nor a CTS classifier</source>
        <translation type="unfinished">모델 %1(%2)은(는) 설명할 수 없습니다: 분할 모델도 CTS 분류기도 아닙니다</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="133" />
        <source>class %1 does not exist: model %2 has %3 classes (%4)</source>
        <translation type="unfinished">클래스 %1이(가) 없습니다: 모델 %2의 클래스는 %3개입니다(%4)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="93" />
        <source>an empty frame cannot be explained</source>
        <translation type="unfinished">빈 프레임은 설명할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="65" />
        <source>model %1 looks at a crop around the nerve and needs a segmentation model to find it: %2</source>
        <translation type="unfinished">모델 %1은(는) 신경 주위 크롭 영역을 보므로 신경을 찾을 분할 모델이 필요합니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="100" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">신경 찾기 실패: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="103" />
        <source>%1 found no nerve on this frame, so there is no crop for %2 to explain</source>
        <translation type="unfinished">%1이(가) 이 프레임에서 신경을 찾지 못해 %2이(가) 설명할 크롭 영역이 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="182" />
        <source>Scoring the frame…</source>
        <translation type="unfinished">프레임 점수 계산 중…</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="218" />
        <source>Grad-CAM done</source>
        <translation type="unfinished">Grad-CAM 완료</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="227" />
        <source>explanation failed: %1</source>
        <translation type="unfinished">설명 실패: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="84" />
        <source>cannot write %1 (is the folder writable and the suffix an image format?)</source>
        <translation type="unfinished">%1에 쓸 수 없습니다(폴더에 쓰기 권한이 있고 확장자가 이미지 형식인지 확인하십시오)</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="109" />
        <source>cannot write the float TIFF %1</source>
        <translation type="unfinished">부동소수점 TIFF %1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/explain/Lime.cpp" line="148" />
        <source>LIME: %1 of %2 samples</source>
        <translation type="unfinished">LIME: 샘플 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../inference/explain/Occlusion.cpp" line="50" />
        <source>Occlusion: %1 of %2 windows</source>
        <translation type="unfinished">가림: 창 %2개 중 %1개</translation>
    </message>
    <message>
        <location filename="../inference/explain/GradCam.cpp" line="82" />
        <source>Grad-CAM is not offered for this model; use occlusion or LIME</source>
        <translation type="unfinished">이 모델에는 Grad-CAM을 사용할 수 없습니다. 가림 또는 LIME을 사용하십시오</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Blackout.cpp" line="33" />
        <source>blackout must be outside-regions or X,Y,W,H in pixels (got "%1")</source>
        <translation type="unfinished">가리기 설정은 outside-regions 또는 픽셀 단위 X,Y,W,H여야 합니다(입력값: "%1")</translation>
    </message>
    <message>
        <location filename="../core/export/Blackout.cpp" line="50" />
        <source>the source has no ultrasound regions, so "outside the regions" is unknown (use a rectangle instead)</source>
        <translation type="unfinished">원본에 초음파 영역이 없어 "영역 바깥"을 정할 수 없습니다(대신 사각형을 사용하십시오)</translation>
    </message>
    <message>
        <location filename="../core/export/CocoWriter.cpp" line="20" />
        <location filename="../core/export/NnUnetWriter.cpp" line="21" />
        <location filename="../core/export/PngDatasetWriter.cpp" line="46" />
        <source>cannot create folders in %1</source>
        <translation type="unfinished">%1에 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="59" />
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="35" />
        <location filename="../core/export/StudyFrames.cpp" line="60" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="117" />
        <source>Cancelled.</source>
        <translation type="unfinished">취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="64" />
        <source>writing frame %1 of %2</source>
        <translation type="unfinished">프레임 %1/%2 쓰는 중</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="51" />
        <source>The workspace has no study with id %1.</source>
        <translation type="unfinished">작업 공간에 ID가 %1인 검사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="62" />
        <source>reading study %1</source>
        <translation type="unfinished">검사 %1 읽는 중</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="101" />
        <location filename="../core/export/StudyFrames.cpp" line="19" />
        <source>Study %1 cannot be opened: %2</source>
        <translation type="unfinished">검사 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="122" />
        <source>studies read</source>
        <translation type="unfinished">검사 읽기 완료</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="34" />
        <source>%1 already exists and is not an empty folder; choose a new output folder</source>
        <translation type="unfinished">%1이(가) 이미 있으며 빈 폴더가 아닙니다. 새 출력 폴더를 선택하십시오</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="40" />
        <source>cannot create %1 (is the folder writable?)</source>
        <translation type="unfinished">%1을(를) 만들 수 없습니다(폴더에 쓰기 권한이 있습니까?)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="50" />
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished">%1의 이름을 %2(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="59" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="67" />
        <source>cannot write %1: %2 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2(디스크가 가득 찼거나 읽기 전용입니까?)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportPlan.cpp" line="19" />
        <source>split fractions must be train &gt; 0, val and test &gt;= 0 and add up to 1 (got %1/%2/%3)</source>
        <translation type="unfinished">분할 비율은 train &gt; 0, val 및 test &gt;= 0이고 합이 1이어야 합니다(입력값: %1/%2/%3)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="65" />
        <source>nothing to export: no contours match the selection in %1</source>
        <translation type="unfinished">내보낼 항목 없음: %1에 선택 조건에 맞는 윤곽선이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="73" />
        <source>nothing to export: none of the %1 stud(ies) with matching contours is a DICOM file (%2 needs DICOM sources; use png, coco or nnunet for videos and images)</source>
        <translation type="unfinished">내보낼 항목 없음: 조건에 맞는 윤곽선이 있는 검사 %1개 중 DICOM 파일이 없습니다(%2에는 DICOM 원본이 필요합니다. 동영상과 이미지에는 png, coco 또는 nnunet을 사용하십시오)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="106" />
        <source>done</source>
        <translation type="unfinished">완료</translation>
    </message>
    <message>
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="38" />
        <source>measuring study %1</source>
        <translation type="unfinished">검사 %1 측정 중</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="32" />
        <source>Study %1, %2</source>
        <translation type="unfinished">검사 %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="42" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="142" />
        <source>Study %1: %2</source>
        <translation type="unfinished">검사 %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="60" />
        <source>study %1 skipped: its source is a %2, not DICOM, so there is no image a DICOM object could reference</source>
        <translation type="unfinished">검사 %1 건너뜀: 원본이 DICOM이 아닌 %2이므로 DICOM 객체가 참조할 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="134" />
        <source>study %1 (rater %2) skipped: no calibrated nerve area to report</source>
        <translation type="unfinished">검사 %1(평가자 %2) 건너뜀: 보고할 보정된 신경 면적이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="150" />
        <source>nothing to export: no DICOM study has a calibrated nerve area for a measurement report</source>
        <translation type="unfinished">내보낼 항목 없음: 측정 보고서에 쓸 보정된 신경 면적이 있는 DICOM 검사가 없습니다</translation>
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="15" />
        <source>Frame %1 does not exist (the study has %2 frames).</source>
        <translation type="unfinished">프레임 %1이(가) 없습니다(검사의 프레임 수: %2).</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="31" />
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished">프레임 %1을(를) 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="45" />
        <source>The scan was cancelled.</source>
        <translation type="unfinished">프레임 확인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="55" />
        <source>Checked frame %1 of %2</source>
        <translation type="unfinished">프레임 %1/%2 확인함</translation>
    </message>
</context>
<context>
    <name>GradeLabel</name>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="11" />
        <source>normal</source>
        <translation type="unfinished">정상</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="12" />
        <source>mild CTS</source>
        <translation type="unfinished">경도 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="13" />
        <source>moderate CTS</source>
        <translation type="unfinished">중등도 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="14" />
        <source>severe CTS</source>
        <translation type="unfinished">중증 CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>CTS</source>
        <translation type="unfinished">CTS</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>no CTS</source>
        <translation type="unfinished">CTS 아님</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="26" />
        <source>left wrist</source>
        <translation type="unfinished">왼쪽 손목</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="28" />
        <source>right wrist</source>
        <translation type="unfinished">오른쪽 손목</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <location filename="../inference/Grader.cpp" line="51" />
        <source>model %1 is a %2 model, not a CTS classifier</source>
        <translation type="unfinished">모델 %1은(는) CTS 분류기가 아니라 %2 모델입니다</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="60" />
        <source>model %1 grades a %2 mm crop around the nerve and needs a segmentation model to find it: %3</source>
        <translation type="unfinished">모델 %1은(는) 신경 주위 %2 mm 크롭 영역으로 등급을 판정하므로 신경을 찾을 분할 모델이 필요합니다: %3</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="95" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">신경 찾기 실패: %1</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="102" />
        <source>an empty frame cannot be graded</source>
        <translation type="unfinished">빈 프레임은 등급을 판정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="116" />
        <source>model %1: %2</source>
        <translation type="unfinished">모델 %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="127" />
        <source>grading failed: %1</source>
        <translation type="unfinished">등급 판정 실패: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="13" />
        <source>About NerveScope</source>
        <translation type="unfinished">NerveScope 정보</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="15" />
        <source>&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;View, contour and grade median-nerve ultrasound; train and explain segmentation and carpal tunnel syndrome grading models.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;정중신경 초음파 영상을 보고 윤곽선을 그리며 등급을 판정합니다. 분할 모델과 수근관 증후군 등급 판정 모델을 학습시키고 그 판단 근거를 설명합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="20" />
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope is not a medical device.&lt;/b&gt; Its synthetic default models are not clinically validated; do not use it for diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상(GPL-3.0-or-later)에 따라 배포됩니다. 어떠한 보증도 제공하지 않습니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope는 의료기기가 아닙니다.&lt;/b&gt; 합성 데이터로 만든 기본 모델은 임상적으로 검증되지 않았으므로 진단에 사용하지 마십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="36" />
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Mouse: the wheel zooms around the cursor, drag or middle-drag pans, right-drag changes the window (horizontal) and the level (vertical).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;마우스: 휠은 커서 위치를 중심으로 확대/축소하고, 드래그 또는 가운데 버튼 드래그는 화면을 이동하며, 오른쪽 버튼 드래그는 윈도우(가로)와 레벨(세로)을 조정합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished">단축키</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="27" />
        <location filename="../core/media/ImageFrameSource.cpp" line="52" />
        <source>the file does not exist</source>
        <translation type="unfinished">파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="28" />
        <location filename="../core/media/ImageFrameSource.cpp" line="56" />
        <source>the file cannot be read</source>
        <translation type="unfinished">파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="29" />
        <source>it is not an image format NerveScope can read</source>
        <translation type="unfinished">NerveScope에서 읽을 수 있는 이미지 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="30" />
        <source>the image data is damaged or incomplete</source>
        <translation type="unfinished">이미지 데이터가 손상되었거나 불완전합니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="33" />
        <source>the image cannot be decoded</source>
        <translation type="unfinished">이미지를 디코딩할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="67" />
        <source>%1 images are not supported</source>
        <translation type="unfinished">%1 이미지는 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="71" />
        <source>page %1 cannot be found</source>
        <translation type="unfinished">페이지 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="77" />
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation type="unfinished">이미지가 너무 큽니다(%1 x %2 픽셀)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="151" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">회색조, 8비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="152" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">회색조, 16비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="153" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">컬러(RGB), 채널당 8비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="156" />
        <source>; 16 bits per channel in the file</source>
        <translation type="unfinished">; 파일에는 채널당 16비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="158" />
        <source>; transparency ignored</source>
        <translation type="unfinished">; 투명도 무시됨</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="236" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>Multi-page %1 image</source>
        <translation type="unfinished">다중 페이지 %1 이미지</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>%1 image</source>
        <translation type="unfinished">%1 이미지</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="260" />
        <source>Format</source>
        <translation type="unfinished">형식</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="262" />
        <source>Pages</source>
        <translation type="unfinished">페이지 수</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>Image size</source>
        <translation type="unfinished">이미지 크기</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="264" />
        <source>Pixels</source>
        <translation type="unfinished">픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="265" />
        <source>File size</source>
        <translation type="unfinished">파일 크기</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="277" />
        <source>Page %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">%2의 페이지 %1을(를) 디코딩할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="278" />
        <source>%1 cannot be decoded: %2.</source>
        <translation type="unfinished">%1을(를) 디코딩할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="282" />
        <source>%1 changed on disk: it is now %2 x %3 pixels.</source>
        <translation type="unfinished">디스크의 %1이(가) 변경되었습니다: 현재 %2 x %3 픽셀입니다.</translation>
    </message>
</context>
<context>
    <name>ImageSequenceSource</name>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="17" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="35" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="38" />
        <source>the folder does not exist</source>
        <translation type="unfinished">폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="40" />
        <source>it is not a folder</source>
        <translation type="unfinished">폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="42" />
        <source>the folder cannot be read</source>
        <translation type="unfinished">폴더를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="50" />
        <source>the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM)</source>
        <translation type="unfinished">폴더에 이미지(PNG, JPEG, TIFF, BMP, PGM 또는 PPM)가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="61" />
        <location filename="../core/media/ImageSequenceSource.cpp" line="68" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="70" />
        <source>%1 is %2 but %3 is %4; all images in a folder must have the same size</source>
        <translation type="unfinished">%1은(는) %2이고 %3은(는) %4입니다. 폴더 안의 모든 이미지는 크기가 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="90" />
        <source>%1 image sequence</source>
        <translation type="unfinished">%1 이미지 시퀀스</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="91" />
        <source>Image sequence (%1)</source>
        <translation type="unfinished">이미지 시퀀스(%1)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="96" />
        <source>Format</source>
        <translation type="unfinished">형식</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="97" />
        <source>Images</source>
        <translation type="unfinished">이미지 수</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="98" />
        <source>First image</source>
        <translation type="unfinished">첫 이미지</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="99" />
        <source>Last image</source>
        <translation type="unfinished">마지막 이미지</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="100" />
        <source>Image size</source>
        <translation type="unfinished">이미지 크기</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">회색조, 16비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">회색조, 8비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">컬러(RGB), 채널당 8비트</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="102" />
        <source>Pixels</source>
        <translation type="unfinished">픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>Frame rate</source>
        <translation type="unfinished">프레임 속도</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>not stated (a folder of images has no timing)</source>
        <translation type="unfinished">명시 안 됨(이미지 폴더에는 시간 정보가 없음)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="116" />
        <source>Frame %1 (%2) cannot be decoded: %3.</source>
        <translation type="unfinished">프레임 %1(%2)을(를) 디코딩할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="120" />
        <source>Frame %1 (%2) is %3, not %4 like the rest of the sequence.</source>
        <translation type="unfinished">프레임 %1(%2)의 크기가 %3입니다. 시퀀스의 나머지 프레임처럼 %4여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="57" />
        <source>cannot copy %1 into the workspace (is the disk full?)</source>
        <translation type="unfinished">%1을(를) 작업 공간에 복사할 수 없습니다(디스크가 가득 찼습니까?)</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="97" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="104" />
        <source>%1 holds no images to import</source>
        <translation type="unfinished">%1에 가져올 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="111" />
        <source>cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="114" />
        <source>importing image %1 of %2</source>
        <translation type="unfinished">이미지 %1/%2 가져오는 중</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="184" />
        <source>done</source>
        <translation type="unfinished">완료</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="34" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="40" />
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished">%1이(가) 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="51" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">마스크 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="94" />
        <location filename="../core/export/DatasetReader.cpp" line="207" />
        <location filename="../core/export/DatasetReader.cpp" line="255" />
        <source>Cancelled.</source>
        <translation type="unfinished">취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="95" />
        <source>reading the manifest</source>
        <translation type="unfinished">매니페스트 읽는 중</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="99" />
        <source>manifest row %1 names a missing image %2</source>
        <translation type="unfinished">매니페스트 %1행에 지정된 이미지 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="165" />
        <source>annotation %1's run-length encoded mask cannot be read: %2</source>
        <translation type="unfinished">주석 %1의 런 렝스 인코딩(RLE) 마스크를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="172" />
        <source>annotation %1's mask is %2 x %3 pixels, but its image %4 is %5 x %6</source>
        <translation type="unfinished">주석 %1의 마스크는 %2 x %3 픽셀이지만 해당 이미지 %4은(는) %5 x %6입니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="195" />
        <source>annotations.json names a missing image %1</source>
        <translation type="unfinished">annotations.json에 지정된 이미지 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="211" />
        <source>annotation %1 refers to image %2, which annotations.json does not list</source>
        <translation type="unfinished">주석 %1이(가) annotations.json에 없는 이미지 %2을(를) 참조합니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="239" />
        <source>%1: only nnU-Net datasets of .png files can be imported (file_ending is "%2")</source>
        <translation type="unfinished">%1: .png 파일로 된 nnU-Net 데이터 세트만 가져올 수 있습니다(file_ending: "%2")</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="249" />
        <source>%1 holds no label images</source>
        <translation type="unfinished">%1에 레이블 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="256" />
        <source>reading label images</source>
        <translation type="unfinished">레이블 이미지 읽는 중</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="260" />
        <source>label %1 has no image %2</source>
        <translation type="unfinished">레이블 %1에 해당하는 이미지 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="300" />
        <source>dataset folder %1 does not exist</source>
        <translation type="unfinished">데이터 세트 폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="58" />
        <source>its "size" is not [height, width]</source>
        <translation type="unfinished">"size"가 [height, width] 형식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="60" />
        <source>its size, %1 x %2 pixels, is larger than any image NerveScope opens</source>
        <translation type="unfinished">크기 %1 x %2 픽셀은 NerveScope에서 열 수 있는 이미지보다 큽니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="67" />
        <source>its compressed "counts" string is malformed</source>
        <translation type="unfinished">압축된 "counts" 문자열의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="73" />
        <source>its "counts" hold something other than run lengths</source>
        <translation type="unfinished">"counts"에 런 길이가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="77" />
        <source>it has no "counts"</source>
        <translation type="unfinished">"counts"가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="85" />
        <source>its runs do not add up to its size, %1 x %2 pixels</source>
        <translation type="unfinished">런 길이의 합이 크기(%1 x %2 픽셀)와 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../core/annotation/Measurements.cpp" line="77" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">이 검사에는 보정 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>MediaOpener</name>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="40" />
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="44" />
        <source>Cannot open %1: permission denied.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="46" />
        <source>Cannot open %1: the file is empty.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="65" />
        <source>Cannot open %1: it is not a DICOM, image or video file that NerveScope can read.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: NerveScope에서 읽을 수 있는 DICOM, 이미지 또는 동영상 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="75" />
        <source>Ultrasound studies (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Video (%1);;Images (%2);;All files (*)</source>
        <translation type="unfinished">초음파 검사 (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;동영상 (%1);;이미지 (%2);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="83" />
        <source>Scores and labels differ in number.</source>
        <translation type="unfinished">점수와 레이블의 개수가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="88" />
        <source>A score is not a number.</source>
        <translation type="unfinished">숫자가 아닌 점수가 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="94" />
        <source>DeLong's test needs at least two positive and two negative cases.</source>
        <translation type="unfinished">DeLong 검정에는 양성과 음성 사례가 각각 2개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="46" />
        <location filename="../core/metrics/PixelRoc.cpp" line="24" />
        <source>Masks must be single-channel 8-bit images.</source>
        <translation type="unfinished">마스크는 단일 채널 8비트 이미지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="48" />
        <source>The masks differ in size: %1 x %2 against %3 x %4 pixels.</source>
        <translation type="unfinished">마스크 크기가 다릅니다: %1 x %2 픽셀 대 %3 x %4 픽셀.</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="20" />
        <source>A probability map must be a single-channel 8-bit, float or double image.</source>
        <translation type="unfinished">확률 맵은 단일 채널 8비트, float 또는 double 이미지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="27" />
        <source>The probability map and the mask differ in size.</source>
        <translation type="unfinished">확률 맵과 마스크의 크기가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../inference/ModelCard.cpp" line="79" />
        <source>cannot read model card %1: %2</source>
        <translation type="unfinished">모델 카드 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="83" />
        <source>model card %1 is not valid JSON: %2</source>
        <translation type="unfinished">모델 카드 %1이(가) 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="86" />
        <source>%1 is not a NerveScope model card</source>
        <translation type="unfinished">%1은(는) NerveScope 모델 카드가 아닙니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="89" />
        <source>model card %1 lacks its name, task, architecture or weights</source>
        <translation type="unfinished">모델 카드 %1에 이름, 작업, 아키텍처 또는 가중치가 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="91" />
        <source>model card %1 has no valid sha256 of its weights</source>
        <translation type="unfinished">모델 카드 %1에 유효한 가중치 sha256이 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="93" />
        <source>model card %1 has an impossible nerve crop of %2 mm</source>
        <translation type="unfinished">모델 카드 %1의 신경 크롭 크기 %2 mm는 불가능한 값입니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="95" />
        <source>model card %1 has an impossible dropout of %2</source>
        <translation type="unfinished">모델 카드 %1의 드롭아웃 %2은(는) 불가능한 값입니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="97" />
        <source>model card %1 has an impossible input size %2x%3</source>
        <translation type="unfinished">모델 카드 %1의 입력 크기 %2x%3은(는) 불가능한 값입니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="109" />
        <location filename="../inference/ModelCard.cpp" line="115" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="126" />
        <location filename="../inference/ModelCard.cpp" line="132" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../inference/ModelFile.cpp" line="32" />
        <source>unknown architecture "%1"</source>
        <translation type="unfinished">알 수 없는 아키텍처 "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="38" />
        <source>unknown activation "%1"</source>
        <translation type="unfinished">알 수 없는 활성화 함수 "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="51" />
        <source>cannot create %1: %2</source>
        <translation type="unfinished">%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="64" />
        <source>model %1: weights file %2 is missing</source>
        <translation type="unfinished">모델 %1: 가중치 파일 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="72" />
        <source>model %1: weights file %2 does not match its card (sha256 %3, card says %4); refusing to load it</source>
        <translation type="unfinished">모델 %1: 가중치 파일 %2이(가) 모델 카드와 일치하지 않아 불러오지 않습니다(sha256 %3, 카드: %4)</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="88" />
        <source>model %1: weights do not fit architecture %2: %3</source>
        <translation type="unfinished">모델 %1: 가중치가 아키텍처 %2에 맞지 않습니다: %3</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="97" />
        <source>model %1: card says %2 parameters, network has %3</source>
        <translation type="unfinished">모델 %1: 카드의 매개변수는 %2개이지만 네트워크의 매개변수는 %3개입니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="108" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="121" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="134" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">%1을(를) 제자리로 옮길 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ModelPromotion</name>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="29" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">%1을(를) %2(으)로 복사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="38" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="49" />
        <source>cannot create %1</source>
        <translation type="unfinished">%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="59" />
        <source>the copy of %1 differs from its card's sha256</source>
        <translation type="unfinished">%1의 복사본이 모델 카드의 sha256과 다릅니다</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="69" />
        <source>no model named "%1": no models found in %2</source>
        <translation type="unfinished">"%1" 모델이 없습니다: %2에서 모델을 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="71" />
        <source>no model named "%1"; available: %2</source>
        <translation type="unfinished">"%1" 모델이 없습니다. 사용 가능한 모델: %2</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../core/workspace/ModelStore.cpp" line="67" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용입니다: %1</translation>
    </message>
</context>
<context>
    <name>MotorUnitWriter</name>
    <message>
        <location filename="../core/synth/motor/MotorUnitWriter.cpp" line="221" />
        <source>Motor-unit sequence %1 of %2</source>
        <translation type="unfinished">운동 단위 시퀀스 %1/%2</translation>
    </message>
</context>
<context>
    <name>NerveAreaCheck</name>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="10" />
        <source>%1 mm² is larger than any median nerve's cross-section (up to about %2 mm²): check that the outline is the nerve and the scan is of the wrist.</source>
        <translation type="unfinished">%1 mm²는 정중신경 단면적보다 큽니다(최대 약 %2 mm²). 윤곽선이 신경인지, 손목 검사인지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="14" />
        <source>%1 mm² is smaller than a median nerve's cross-section (at least about %2 mm²): check that the outline is the nerve.</source>
        <translation type="unfinished">%1 mm²는 정중신경 단면적보다 작습니다(최소 약 %2 mm²). 윤곽선이 신경인지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>NerveLocator</name>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="17" />
        <source>no segmentation model is installed to find the nerve</source>
        <translation type="unfinished">신경을 찾을 분할 모델이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="33" />
        <source>the crop around the nerve (%1 mm) needs the image's scale: %2</source>
        <translation type="unfinished">신경 주위 크롭(%1 mm)에는 이미지 축척이 필요합니다: %2</translation>
    </message>
</context>
<context>
    <name>PixelReadout</name>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="14" />
        <location filename="../ui/viewer/PixelReadout.cpp" line="18" />
        <source>value %1</source>
        <translation type="unfinished">값 %1</translation>
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
        <translation type="unfinished">이 위치는 보정되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="56" />
        <source>%1, %2 mm (region %3)</source>
        <translation type="unfinished">%1, %2 mm (영역 %3)</translation>
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
        <translation type="unfinished">내보내기 키 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>RaterOverlay</name>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="69" />
        <source>%1 (you, editable)</source>
        <translation type="unfinished">%1 (본인, 편집 가능)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="71" />
        <source>%1 (none on this frame)</source>
        <translation type="unfinished">%1 (이 프레임에 없음)</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../core/media/ScanView.cpp" line="41" />
        <source>wrist transverse</source>
        <translation type="unfinished">손목 횡단면</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="43" />
        <source>forearm transverse</source>
        <translation type="unfinished">전완 횡단면</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="45" />
        <source>longitudinal</source>
        <translation type="unfinished">종단면</translation>
    </message>
</context>
<context>
    <name>Segmenter</name>
    <message>
        <location filename="../inference/Segmenter.cpp" line="23" />
        <source>model %1 is a %2 model, not a segmentation model</source>
        <translation type="unfinished">모델 %1은(는) 분할 모델이 아니라 %2 모델입니다</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="44" />
        <source>an empty frame cannot be segmented</source>
        <translation type="unfinished">빈 프레임은 분할할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="55" />
        <source>segmentation failed: %1</source>
        <translation type="unfinished">분할 실패: %1</translation>
    </message>
</context>
<context>
    <name>StudyThumbnail</name>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="45" />
        <source>The study file is missing: %1</source>
        <translation type="unfinished">검사 파일이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="67" />
        <source>The study has no frames.</source>
        <translation type="unfinished">검사에 프레임이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="75" />
        <source>No frame of the study can be decoded.</source>
        <translation type="unfinished">검사의 프레임을 하나도 디코딩할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SynthDatasetGenerator</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="205" />
        <source>a dataset needs at least one patient and one frame per wrist</source>
        <translation type="unfinished">데이터 세트에는 환자가 1명 이상, 손목당 프레임이 1개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="224" />
        <source>cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="100" />
        <source>patient %1, %2 wrist</source>
        <translation type="unfinished">환자 %1, 손목(%2)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="136" />
        <source>the generator made %1 frame(s) for %2 %3, not %4</source>
        <translation type="unfinished">생성기가 %2 %3에 대해 프레임을 %4개가 아닌 %1개 만들었습니다</translation>
    </message>
</context>
<context>
    <name>SynthDatasetWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="117" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="166" />
        <source>Cannot create the dataset folder %1</source>
        <translation type="unfinished">데이터 세트 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="194" />
        <source>Cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1에 쓸 수 없습니다(디스크가 가득 찼거나 읽기 전용입니까?)</translation>
    </message>
</context>
<context>
    <name>SynthDicomWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="156" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="160" />
        <source>the cine has no frames</source>
        <translation type="unfinished">시네에 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="164" />
        <source>the frame size %1x%2 cannot be stored</source>
        <translation type="unfinished">프레임 크기 %1x%2은(는) 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="172" />
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation type="unfinished">프레임 %1의 크기가 %4x%5가 아니라 %2x%3입니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="264" />
        <source>JPEG encoding failed (%1)</source>
        <translation type="unfinished">JPEG 인코딩 실패(%1)</translation>
    </message>
</context>
<context>
    <name>SynthVideoWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="32" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="36" />
        <source>the cine has no frames</source>
        <translation type="unfinished">시네에 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="44" />
        <source>unknown video type ".%1" (use .mp4 or .avi)</source>
        <translation type="unfinished">알 수 없는 동영상 형식 ".%1"(.mp4 또는 .avi를 사용하십시오)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="65" />
        <source>no video encoder accepted the file (is the folder writable?)</source>
        <translation type="unfinished">파일을 받아들이는 동영상 인코더가 없습니다(폴더에 쓰기 권한이 있습니까?)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="72" />
        <source>cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="76" />
        <source>frame %1 has a different size</source>
        <translation type="unfinished">프레임 %1의 크기가 다릅니다</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="83" />
        <source>wrote frame %1</source>
        <translation type="unfinished">프레임 %1 저장함</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="87" />
        <source>the encoder wrote nothing</source>
        <translation type="unfinished">인코더가 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>TimelineMarks</name>
    <message numerus="yes">
        <location filename="../ui/annotation/TimelineMarks.cpp" line="40" />
        <source>%1, %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>%1, 윤곽선 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/TimelineMarks.cpp" line="51" />
        <source>Marks under the slider: frames with contours of %1</source>
        <translation type="unfinished">슬라이더 아래 표시: %1의 윤곽선이 있는 프레임</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="44" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="54" />
        <source>%1 was %2, now %3</source>
        <translation type="unfinished">%1: 이전 %2, 현재 %3</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="56" />
        <source>options differ</source>
        <translation type="unfinished">옵션이 다릅니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="118" />
        <source>an unfinished run's checkpoint is in %1: pass --resume to continue it, or delete that folder to start over</source>
        <translation type="unfinished">%1에 완료되지 않은 학습의 체크포인트가 있습니다. 이어서 하려면 --resume을 지정하고, 처음부터 다시 하려면 해당 폴더를 삭제하십시오</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="129" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">출력 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="134" />
        <source>reading the dataset</source>
        <translation type="unfinished">데이터 세트 읽는 중</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="141" />
        <source>left out %1 frame(s) without a label (studies nobody graded)</source>
        <translation type="unfinished">레이블이 없는 프레임 %1개 제외(아무도 등급을 판정하지 않은 검사)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="152" />
        <source>starting from %1</source>
        <translation type="unfinished">%1에서 시작</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="172" />
        <source>the checkpoint in %1 belongs to another run (%2); use the same options or delete it</source>
        <translation type="unfinished">%1의 체크포인트는 다른 학습 실행에 속합니다(%2). 같은 옵션을 사용하거나 체크포인트를 삭제하십시오</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="175" />
        <source>the checkpoint in %1 has already trained %2 epochs; --epochs must be at least that</source>
        <translation type="unfinished">%1의 체크포인트는 이미 %2 에포크를 학습했습니다. --epochs는 그 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="181" />
        <source>resuming after epoch %1 (best so far: epoch %2)</source>
        <translation type="unfinished">에포크 %1 이후부터 재개(현재까지 최적: 에포크 %2)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="183" />
        <source>no checkpoint in %1; starting from epoch 1</source>
        <translation type="unfinished">%1에 체크포인트가 없어 에포크 1부터 시작합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="203" />
        <source>cancelled during epoch %1; the checkpoint after epoch %2 is kept for --resume</source>
        <translation type="unfinished">에포크 %1 중 취소됨. --resume에 사용할 수 있도록 에포크 %2 이후 체크포인트를 보존합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="209" />
        <source>training diverged at epoch %1 (the loss is not a number); try a lower --lr</source>
        <translation type="unfinished">에포크 %1에서 학습이 발산했습니다(손실이 숫자가 아님). 더 낮은 --lr을 사용해 보십시오</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="213" />
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation type="unfinished">에포크 %1/%2, 배치 %3/%4, 손실 %5</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="230" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="239" />
        <source>epoch %1/%2: train loss %3, val loss %4, val %5 %6%7 (%8 s)</source>
        <translation type="unfinished">에포크 %1/%2: 학습 손실 %3, 검증 손실 %4, 검증 %5 %6%7 (%8 s)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="243" />
        <source>, best</source>
        <translation type="unfinished">, 최적</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="245" />
        <source>, learning rate %1</source>
        <translation type="unfinished">, 학습률 %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="251" />
        <source>cancelled; the checkpoint after epoch %1 is kept for --resume</source>
        <translation type="unfinished">취소됨. --resume에 사용할 수 있도록 에포크 %1 이후 체크포인트를 보존합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="255" />
        <source>stopping early: no better validation %1 for %2 epochs</source>
        <translation type="unfinished">조기 종료: %2 에포크 동안 검증 %1이(가) 개선되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="293" />
        <source>saved %1</source>
        <translation type="unfinished">%1 저장함</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="136" />
        <source>unknown architecture "%1" (%2)</source>
        <translation type="unfinished">알 수 없는 아키텍처 "%1"(%2)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="139" />
        <source>architecture %1 does not do %2</source>
        <translation type="unfinished">아키텍처 %1은(는) %2 작업을 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="142" />
        <source>--activation applies to the U-Nets only, not to %1</source>
        <translation type="unfinished">--activation은 U-Net에만 적용되며 %1에는 적용되지 않습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="144" />
        <source>unknown activation "%1" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</source>
        <translation type="unfinished">알 수 없는 활성화 함수 "%1"(relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="148" />
        <source>input size %1x%2 is outside 32x32 to 1024x1024</source>
        <translation type="unfinished">입력 크기 %1x%2이(가) 32x32~1024x1024 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="150" />
        <source>the U-Nets pool four times: input size %1x%2 must be a multiple of 16</source>
        <translation type="unfinished">U-Net은 풀링을 네 번 하므로 입력 크기 %1x%2은(는) 16의 배수여야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="152" />
        <source>epochs, batch and patience must be at least 1</source>
        <translation type="unfinished">에포크, 배치 크기, 조기 종료 대기(patience)는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="154" />
        <source>learning rate must be between 0 and 1</source>
        <translation type="unfinished">학습률은 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="156" />
        <source>--dropout applies to classifiers, not to %1</source>
        <translation type="unfinished">--dropout은 분류기에만 적용되며 %1에는 적용되지 않습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="158" />
        <source>dropout must be below 1</source>
        <translation type="unfinished">드롭아웃은 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="160" />
        <source>a nerve crop applies to classifiers only: segmentation needs the whole frame</source>
        <translation type="unfinished">신경 크롭은 분류기에만 적용됩니다. 분할에는 전체 프레임이 필요합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="162" />
        <source>a nerve crop of %1 mm is larger than any ultrasound field of view</source>
        <translation type="unfinished">신경 크롭 %1 mm는 어떤 초음파 시야보다도 큽니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="164" />
        <source>threads must be 0 (automatic) or more</source>
        <translation type="unfinished">스레드 수는 0(자동) 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="166" />
        <source>a data folder and an output folder are required</source>
        <translation type="unfinished">데이터 폴더와 출력 폴더가 필요합니다</translation>
    </message>
</context>
<context>
    <name>TrainingDataset</name>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="52" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 환자 %2명 / 프레임 %3개</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="53" />
        <source>Dataset folder %1 (task %2, generator seed %3): %4 patient(s) split by patient, scanner profile(s) %5; %6 view: %7.</source>
        <translation type="unfinished">데이터 세트 폴더 %1(작업 %2, 생성기 시드 %3): 환자 %4명(환자 단위로 분할), 스캐너 프로필 %5. %6 단면: %7.</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="55" />
        <source>unknown</source>
        <translation type="unfinished">알 수 없음</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="94" />
        <source>the %1 split of %2 has no %3-view frames (%4 frame(s) in the manifest)</source>
        <translation type="unfinished">%2의 %1 세트에 %3 단면 프레임이 없습니다(매니페스트의 프레임 %4개)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="101" />
        <source>cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="114" />
        <source>cannot read image %1</source>
        <translation type="unfinished">이미지 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="121" />
        <source>a crop of %1 mm needs the pixel size: manifest row %2 has no pixelSpacingMm</source>
        <translation type="unfinished">%1 mm 크롭에는 픽셀 크기가 필요하지만 매니페스트 %2행에 pixelSpacingMm이 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="148" />
        <source>manifest row %1 has grade index %2, not 0-3</source>
        <translation type="unfinished">매니페스트 %1행의 등급 인덱스가 0~3이 아닌 %2입니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="43" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">마스크 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="38" />
        <source>manifest row %1 has no mask</source>
        <translation type="unfinished">매니페스트 %1행에 마스크가 없습니다</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="119" />
        <source>a nerve-centred crop needs the nerve's mask: %1</source>
        <translation type="unfinished">신경 중심 크롭에는 신경 마스크가 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="153" />
        <source>reading %1 frames</source>
        <translation type="unfinished">프레임 %1개 읽는 중</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="156" />
        <source>none of the %1 frame(s) of the %2 split of %3 has a %4: grade the studies first</source>
        <translation type="unfinished">%3의 %2 세트 프레임 %1개 중 %4이(가) 있는 프레임이 없습니다. 먼저 검사의 등급을 판정하십시오</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="158" />
        <source>CTS label</source>
        <translation type="unfinished">CTS 레이블</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="159" />
        <source>severity grade</source>
        <translation type="unfinished">중증도 등급</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="161" />
        <source>the %1 split of %2 has no frame with a nerve in its mask to crop around</source>
        <translation type="unfinished">%2의 %1 세트에 크롭 기준이 될 신경이 마스크에 있는 프레임이 없습니다</translation>
    </message>
</context>
<context>
    <name>TrainingExport</name>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="28" />
        <source>%1 exists and is not an earlier training export: move it away first</source>
        <translation type="unfinished">%1이(가) 이미 있으며 이전 학습용 내보내기가 아닙니다. 먼저 다른 곳으로 옮기십시오</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="37" />
        <source>cannot replace the earlier training export %1</source>
        <translation type="unfinished">이전 학습용 내보내기 %1을(를) 대체할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="47" />
        <source>exporting the workspace's annotations</source>
        <translation type="unfinished">작업 공간의 주석 내보내는 중</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="58" />
        <source>%1 s</source>
        <translation type="unfinished">%1초</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="60" />
        <source>%1 min %2 s</source>
        <translation type="unfinished">%1분 %2초</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="61" />
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../ui/training/TrainingRunner.cpp" line="73" />
        <source>no default model for %1 to compare with</source>
        <translation type="unfinished">비교할 %1 기본 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>VideoFrameSource</name>
    <message>
        <location filename="../core/media/VideoDecoder.cpp" line="257" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">%1 x %2 프레임에 필요한 메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="24" />
        <source>MPEG program stream</source>
        <translation type="unfinished">MPEG 프로그램 스트림</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="26" />
        <source>MPEG elementary stream</source>
        <translation type="unfinished">MPEG 기본 스트림</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="28" />
        <source>MPEG transport stream</source>
        <translation type="unfinished">MPEG 전송 스트림</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="32" />
        <source>ASF (Windows Media)</source>
        <translation type="unfinished">ASF(Windows Media)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="35" />
        <source>unknown container</source>
        <translation type="unfinished">알 수 없는 컨테이너</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="66" />
        <source>FourCC %1</source>
        <translation type="unfinished">FourCC %1</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="77" />
        <source>unknown codec</source>
        <translation type="unfinished">알 수 없는 코덱</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="57" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="60" />
        <source>the file does not exist</source>
        <translation type="unfinished">파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="62" />
        <source>the file cannot be read</source>
        <translation type="unfinished">파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="64" />
        <source>this build of OpenCV has no FFmpeg video support</source>
        <translation type="unfinished">이 OpenCV 빌드는 FFmpeg 동영상을 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="79" />
        <source>the %1 file has no index (moov atom); the recording was probably cut off before it was finished</source>
        <translation type="unfinished">%1 파일에 인덱스(moov atom)가 없습니다. 녹화가 끝나기 전에 중단되었을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="81" />
        <source>it is not a video file that FFmpeg can read</source>
        <translation type="unfinished">FFmpeg에서 읽을 수 있는 동영상 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="96" />
        <source>the video contains no decodable frames</source>
        <translation type="unfinished">동영상에 디코딩할 수 있는 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="106" />
        <source>%1 video (%2)</source>
        <translation type="unfinished">%1 동영상(%2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="146" />
        <source>Frame %1 of %2 is damaged and cannot be decoded.</source>
        <translation type="unfinished">%2의 프레임 %1이(가) 손상되어 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="160" />
        <source>Frame %1 of %2 cannot be decoded: the file can no longer be read.</source>
        <translation type="unfinished">%2의 프레임 %1을(를) 디코딩할 수 없습니다: 파일을 더 이상 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="166" />
        <source>Frame %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">%2의 프레임 %1을(를) 디코딩할 수 없습니다: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="170" />
        <source>Frame %1 of %2 is %3 x %4 pixels instead of %5 x %6; NerveScope does not support videos that change size.</source>
        <translation type="unfinished">%2의 프레임 %1은(는) %5 x %6이 아니라 %3 x %4 픽셀입니다. NerveScope는 크기가 바뀌는 동영상을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="189" />
        <source>Checking %1 for damaged frames</source>
        <translation type="unfinished">%1의 손상된 프레임 확인 중</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="191" />
        <source>Cannot open %1: the file can no longer be read.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: 파일을 더 이상 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="218" />
        <source>%1: all %2 frames decode</source>
        <translation type="unfinished">%1: 프레임 %2개 모두 디코딩됨</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="219" />
        <source>%1: frames %2 are damaged</source>
        <translation type="unfinished">%1: 손상된 프레임 %2</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="240" />
        <source>Codec</source>
        <translation type="unfinished">코덱</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="241" />
        <source>Container</source>
        <translation type="unfinished">컨테이너</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="244" />
        <source>%1 (the file lists %2)</source>
        <translation type="unfinished">%1 (파일에 명시된 값: %2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="245" />
        <source>Frames</source>
        <translation type="unfinished">프레임 수</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>Frame size</source>
        <translation type="unfinished">프레임 크기</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 픽셀</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="247" />
        <source>not stated</source>
        <translation type="unfinished">명시 안 됨</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="249" />
        <source>%1 fps (average; the file states %2 fps)</source>
        <translation type="unfinished">%1 fps (평균, 파일에 명시된 값: %2 fps)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="251" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="252" />
        <source>Frame rate</source>
        <translation type="unfinished">프레임 속도</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>Duration</source>
        <translation type="unfinished">길이</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>%1 s</source>
        <translation type="unfinished">%1초</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="255" />
        <source>File size</source>
        <translation type="unfinished">파일 크기</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/VideoFrameSource.cpp" line="262" />
        <source>%n damaged frame(s)</source>
        <translation type="unfinished">
            <numerusform>손상된 프레임 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="263" />
        <source>no damaged frames</source>
        <translation type="unfinished">손상된 프레임 없음</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="265" />
        <source>Damage check</source>
        <translation type="unfinished">손상 확인</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="264" />
        <source>not checked yet</source>
        <translation type="unfinished">아직 확인 안 함</translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <location filename="../inference/ViewCheck.cpp" line="22" />
        <source>%1 was trained on %2 scans; this study is labelled %3, so its answer may mean nothing here.</source>
        <translation type="unfinished">%1은(는) %2 스캔으로 학습한 모델입니다. 이 검사는 %3(으)로 표시되어 있으므로 결과가 유효하지 않을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/Schema.cpp" line="130" />
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation type="unfinished">작업 공간을 버전 %1(으)로 업그레이드하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="74" />
        <source>cannot create %1</source>
        <translation type="unfinished">%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="86" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">%1을(를) %2(으)로 복사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="136" />
        <source>Cannot read %1.</source>
        <translation type="unfinished">%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="152" />
        <location filename="../core/workspace/Workspace.cpp" line="209" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="239" />
        <source>No study with id %1.</source>
        <translation type="unfinished">ID가 %1인 검사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="93" />
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished">%1에 이미 작업 공간이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="97" />
        <source>%1 is not a workspace (no %2).</source>
        <translation type="unfinished">%1은(는) 작업 공간이 아닙니다(%2 없음).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101" />
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="105" />
        <source>%1 is damaged or not a NerveScope workspace (not an SQLite database); it was left untouched.</source>
        <translation type="unfinished">%1이(가) 손상되었거나 NerveScope 작업 공간이 아닙니다(SQLite 데이터베이스가 아님). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="114" />
        <source>Opened read-only on request.</source>
        <translation type="unfinished">요청에 따라 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="125" />
        <source>The workspace is open in %1 (process %2 on %3); it was opened read-only.</source>
        <translation type="unfinished">작업 공간이 %1에서 열려 있습니다(%3의 프로세스 %2). 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="126" />
        <source>another program</source>
        <translation type="unfinished">다른 프로그램</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="128" />
        <source>The workspace folder cannot be locked for writing; it was opened read-only.</source>
        <translation type="unfinished">작업 공간 폴더를 쓰기용으로 잠글 수 없어 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="144" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="149" />
        <source>%1 is damaged (%2); it was left untouched.</source>
        <translation type="unfinished">%1이(가) 손상되었습니다(%2). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="154" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="158" />
        <source>%1 is an SQLite file but not a NerveScope workspace; it was left untouched.</source>
        <translation type="unfinished">%1은(는) SQLite 파일이지만 NerveScope 작업 공간이 아닙니다. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169" />
        <source>The workspace was written by a newer NerveScope (schema version %1; this version understands up to %2); it was opened read-only.</source>
        <translation type="unfinished">작업 공간이 더 최신 버전의 NerveScope로 작성되었습니다(스키마 버전 %1, 이 버전은 %2까지 지원). 읽기 전용으로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="174" />
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished">%1을(를) 구성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="186" />
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished">%1을(를) WAL(write-ahead logging) 모드로 전환할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="194" />
        <source>It uses an older schema (version %1) that is upgraded when it is opened for writing.</source>
        <translation type="unfinished">이전 스키마(버전 %1)를 사용합니다. 쓰기용으로 열면 업그레이드됩니다.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="217" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished">트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="226" />
        <source>The change was not saved; the workspace keeps its previous state (%1).</source>
        <translation type="unfinished">변경 내용이 저장되지 않았습니다. 작업 공간은 이전 상태를 유지합니다(%1).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="19" />
        <source>warning: %1</source>
        <translation type="unfinished">경고: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="35" />
        <source>Usage: nervescope-cli %1</source>
        <translation type="unfinished">사용법: nervescope-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="41" />
        <source>missing arguments (see --help)</source>
        <translation type="unfinished">인수가 부족합니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="49" />
        <source>First frame (1-based, default 1).</source>
        <translation type="unfinished">첫 프레임(1부터 시작, 기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="50" />
        <source>Last frame (default: the last frame).</source>
        <translation type="unfinished">마지막 프레임(기본값: 마지막 프레임).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="15" />
        <source>Report the inference device and library versions.</source>
        <translation type="unfinished">추론 장치와 라이브러리 버전을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="19" />
        <source>File:            %1</source>
        <translation type="unfinished">파일:            %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="20" />
        <source>Kind:            %1 (%2)</source>
        <translation type="unfinished">종류:            %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="21" />
        <source>Frames:          %1</source>
        <translation type="unfinished">프레임 수:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="22" />
        <source>Size:            %1 x %2 (columns x rows)</source>
        <translation type="unfinished">크기:            %1 x %2 (열 x 행)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>Frame rate:      %1</source>
        <translation type="unfinished">프레임 속도:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>not given</source>
        <translation type="unfinished">지정 안 됨</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="24" />
        <source>Photometric:     %1</source>
        <translation type="unfinished">광도 해석:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="25" />
        <source>Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4</source>
        <translation type="unfinished">비트:            할당 %2비트 중 저장 %1비트, 픽셀당 샘플 %3개%4</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="27" />
        <source>, signed</source>
        <translation type="unfinished">, 부호 있음</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="29" />
        <source>Transfer syntax: %1 (%2)</source>
        <translation type="unfinished">전송 구문:       %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="31" />
        <source>Calibration:     %1</source>
        <translation type="unfinished">보정:            %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="35" />
        <source>%1 x %2 mm/pixel</source>
        <translation type="unfinished">%1 x %2 mm/픽셀</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="36" />
        <source>no spatial calibration (units %1 x %2)</source>
        <translation type="unfinished">공간 보정 없음(단위 %1 x %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="37" />
        <source>  region %1:      x %2-%3, y %4-%5: %6</source>
        <translation type="unfinished">  영역 %1:        x %2-%3, y %4-%5: %6</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="42" />
        <source>Damaged frames:  %1-%2 cannot be decoded</source>
        <translation type="unfinished">손상된 프레임:   %1-%2 디코딩 불가</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="49" />
        <source>Describe a study: frames, size, frame rate, photometric interpretation, transfer syntax and every calibration region with its mm per pixel.</source>
        <translation type="unfinished">검사 정보를 표시합니다: 프레임 수, 크기, 프레임 속도, 광도 해석, 전송 구문, 각 보정 영역과 픽셀당 mm.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="34" />
        <source>Grade carpal tunnel syndrome on a study: class probabilities per frame and for the wrist (mean over the frames).</source>
        <translation type="unfinished">검사에서 수근관 증후군 등급을 판정합니다: 프레임별 및 손목 전체(프레임 평균)의 클래스 확률.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="38" />
        <location filename="../app/cli/InfoCommand.cpp" line="52" />
        <location filename="../app/cli/ModelsCommand.cpp" line="22" />
        <location filename="../app/cli/SystemCommand.cpp" line="16" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="264" />
        <source>Print JSON instead of text.</source>
        <translation type="unfinished">텍스트 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="68" />
        <source>graded frame %1</source>
        <translation type="unfinished">프레임 %1 등급 판정함</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="73" />
        <source>the nerve was found in none of the %1 frame(s), so %2 could not grade them (it grades the %3 mm square around the nerve)</source>
        <translation type="unfinished">프레임 %1개 모두에서 신경을 찾지 못해 %2이(가) 등급을 판정할 수 없었습니다(신경 주위 %3 mm 정사각형 영역으로 판정함)</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="107" />
        <source>Graded the %1 mm square around the nerve found by %2; %3 of %4 frame(s) had a nerve.</source>
        <translation type="unfinished">%2이(가) 찾은 신경 주위 %1 mm 정사각형 영역으로 등급을 판정했습니다. 프레임 %4개 중 %3개에서 신경이 발견되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="101" />
        <source>%1 %2 (%3) over %4 frame(s): %5</source>
        <translation type="unfinished">%1 %2 (%3), 프레임 %4개: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="53" />
        <source>Decode every frame to find damaged ones (slow for long videos).</source>
        <translation type="unfinished">모든 프레임을 디코딩하여 손상된 프레임을 찾습니다(긴 동영상은 느림).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="17" />
        <source>Report as if the CPU were forced.</source>
        <translation type="unfinished">CPU를 강제로 사용하는 것처럼 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="31" />
        <source>Inference device: %1</source>
        <translation type="unfinished">추론 장치: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="32" />
        <source>LibTorch %1, Qt %2</source>
        <translation type="unfinished">LibTorch %1, Qt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21" />
        <source>describe a study: frames, size, frame rate, photometric, transfer syntax, calibration</source>
        <translation type="unfinished">검사 정보 표시: 프레임 수, 크기, 프레임 속도, 광도 해석, 전송 구문, 보정</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22" />
        <source>write decoded frames as PNG, as the viewer displays them</source>
        <translation type="unfinished">디코딩한 프레임을 뷰어에 표시되는 그대로 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23" />
        <source>report the inference device (CPU/GPU) and library versions</source>
        <translation type="unfinished">추론 장치(CPU/GPU)와 라이브러리 버전 표시</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="24" />
        <source>generate a synthetic median-nerve cine with ground truth as DICOM, MP4 or AVI</source>
        <translation type="unfinished">정답 데이터가 포함된 합성 정중신경 시네를 DICOM, MP4 또는 AVI로 생성</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25" />
        <source>dataset synth: generate a labelled synthetic dataset folder split by patient</source>
        <translation type="unfinished">dataset synth: 환자 단위로 분할된, 레이블 있는 합성 데이터 세트 폴더 생성</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>annotation workspace: create, import studies, list them, print contours and areas</source>
        <translation type="unfinished">주석 작업 공간: 생성, 검사 가져오기 및 목록 표시, 윤곽선과 면적 출력</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27" />
        <source>models list: the available models with task, parameters and sha256</source>
        <translation type="unfinished">models list: 사용 가능한 모델과 각 모델의 작업, 매개변수, sha256</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28" />
        <source>segment the median nerve on a study: masks, contours and areas</source>
        <translation type="unfinished">검사에서 정중신경 분할: 마스크, 윤곽선, 면적</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29" />
        <source>grade CTS on a study: probabilities per frame and per wrist</source>
        <translation type="unfinished">검사에서 CTS 등급 판정: 프레임별 및 손목별 확률</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30" />
        <source>explain a model's score on a frame: occlusion, LIME or Grad-CAM heatmap</source>
        <translation type="unfinished">프레임에 대한 모델 점수 설명: 가림, LIME 또는 Grad-CAM 히트맵</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31" />
        <source>score a model on a labelled dataset folder: DSC/HD95 or AUC/accuracy with CIs</source>
        <translation type="unfinished">레이블 있는 데이터 세트 폴더에서 모델 평가: DSC/HD95 또는 AUC/정확도와 신뢰구간</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32" />
        <source>export a workspace's labelled frames: png (+manifest), coco, nnunet or csv; de-identified by default</source>
        <translation type="unfinished">작업 공간의 레이블 있는 프레임 내보내기: png(+매니페스트), coco, nnunet 또는 csv. 기본적으로 비식별화</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33" />
        <source>import a png, coco or nnunet dataset folder into a workspace as studies and contours</source>
        <translation type="unfinished">png, coco 또는 nnunet 데이터 세트 폴더를 검사와 윤곽선으로 작업 공간에 가져오기</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34" />
        <source>train a segmentation, CTS or severity network on a dataset folder; writes the model and its card</source>
        <translation type="unfinished">데이터 세트 폴더로 분할, CTS 또는 중증도 네트워크 학습. 모델과 모델 카드를 저장</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39" />
        <source>Usage: nervescope-cli VERB [options] (VERB --help for details)</source>
        <translation type="unfinished">사용법: nervescope-cli VERB [옵션] (자세한 내용은 VERB --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="68" />
        <source>unknown verb</source>
        <translation type="unfinished">알 수 없는 명령</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="18" />
        <source>Write decoded frames as PNG files (frame_0001.png, ...), greyscale or RGB as displayed. Frame numbers are 1-based and inclusive.</source>
        <translation type="unfinished">디코딩한 프레임을 화면에 표시되는 대로 회색조 또는 RGB PNG 파일(frame_0001.png, ...)로 저장합니다. 프레임 번호는 1부터 시작하며 범위의 양 끝을 포함합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="30" />
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished">--%1은(는) %2 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="40" />
        <source>--method must be occlusion, lime or gradcam</source>
        <translation type="unfinished">--method는 occlusion, lime 또는 gradcam이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="46" />
        <source>--fill must be mean, zero, blur or region</source>
        <translation type="unfinished">--fill은 mean, zero, blur 또는 region이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="52" />
        <source>--score must be logodds or probability</source>
        <translation type="unfinished">--score는 logodds 또는 probability여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="76" />
        <source>--precision must be auto, float32 or bfloat16</source>
        <translation type="unfinished">--precision은 auto, float32 또는 bfloat16이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="88" />
        <source>Explain a model's score on one frame as a heatmap: occlusion sensitivity, LIME (superpixels) or Grad-CAM. Writes the heatmap over the frame as an image and, with --raw, the float values as a TIFF.</source>
        <translation type="unfinished">한 프레임에 대한 모델 점수를 히트맵으로 설명합니다: 가림 민감도, LIME(슈퍼픽셀) 또는 Grad-CAM. 프레임 위에 히트맵을 겹친 이미지를 저장하며, --raw를 지정하면 부동소수점 값을 TIFF로도 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="91" />
        <location filename="../app/cli/FramesCommand.cpp" line="20" />
        <location filename="../app/cli/GradeCommand.cpp" line="36" />
        <location filename="../app/cli/InfoCommand.cpp" line="51" />
        <location filename="../app/cli/SegmentCommand.cpp" line="54" />
        <source>DICOM, video or image file, or a folder of images</source>
        <translation type="unfinished">DICOM, 동영상 또는 이미지 파일, 또는 이미지 폴더</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="93" />
        <source>occlusion, lime or gradcam (default occlusion).</source>
        <translation type="unfinished">occlusion, lime 또는 gradcam(기본값 occlusion).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="94" />
        <source>Frame to explain (1-based, default 1).</source>
        <translation type="unfinished">설명할 프레임(1부터 시작, 기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="95" />
        <source>Class to explain, by name or 0-based index (default: the predicted class; segmentation models explain the nerve).</source>
        <translation type="unfinished">설명할 클래스의 이름 또는 0부터 시작하는 인덱스(기본값: 예측 클래스. 분할 모델은 신경을 설명).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="97" />
        <source>Heatmap over the frame (PNG).</source>
        <translation type="unfinished">프레임에 겹친 히트맵(PNG).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <source>Raw heatmap values at frame size (32-bit float TIFF).</source>
        <translation type="unfinished">프레임 크기의 원시 히트맵 값(32비트 float TIFF).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="99" />
        <source>Overlay opacity 0-1 (default 0.6).</source>
        <translation type="unfinished">오버레이 불투명도 0-1(기본값 0.6).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="100" />
        <source>Occlusion window side in model pixels (default 16).</source>
        <translation type="unfinished">가림 창의 한 변 길이, 모델 픽셀 단위(기본값 16).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="101" />
        <source>Occlusion window step in model pixels (default 8).</source>
        <translation type="unfinished">가림 창의 이동 간격, 모델 픽셀 단위(기본값 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="102" />
        <source>What hides a region: mean, zero, blur or region (its own mean) (default mean).</source>
        <translation type="unfinished">영역을 가리는 방법: mean, zero, blur 또는 region(영역 자체의 평균)(기본값 mean).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="103" />
        <source>Scale of the explained score: logodds or probability (default logodds: a confident model's probability barely moves).</source>
        <translation type="unfinished">설명할 점수의 척도: logodds 또는 probability(기본값 logodds: 확신이 높은 모델은 확률이 거의 변하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="106" />
        <source>LIME superpixels (default 32 on a classifier's nerve crop, 64 on a whole frame).</source>
        <translation type="unfinished">LIME 슈퍼픽셀 수(기본값: 분류기의 신경 크롭에서는 32, 전체 프레임에서는 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="108" />
        <source>CPU arithmetic: auto (bfloat16 where the CPU computes it natively, about twice as fast; float32 elsewhere), float32 or bfloat16 (default auto).</source>
        <translation type="unfinished">CPU 연산 정밀도: auto(CPU가 bfloat16을 기본 지원하면 bfloat16으로 약 2배 빠름, 그 외에는 float32), float32 또는 bfloat16(기본값 auto).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="192" />
        <source>%1 of %2 (%3, %4) on frame %5: %6 model evaluations in %7 s on %8</source>
        <translation type="unfinished">프레임 %5의 %2 %1(%3, %4): %8에서 모델 평가 %6회, %7초</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="105" />
        <source>LIME samples (default 1000).</source>
        <translation type="unfinished">LIME 샘플 수(기본값 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="107" />
        <source>LIME random seed (default 1).</source>
        <translation type="unfinished">LIME 난수 시드(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="111" />
        <source>Print a JSON summary instead of text.</source>
        <translation type="unfinished">텍스트 대신 JSON 요약을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="117" />
        <location filename="../app/cli/GradeCommand.cpp" line="45" />
        <source>--model NAME is required</source>
        <translation type="unfinished">--model NAME이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="119" />
        <source>--out heat.png (or --raw heat.tiff) is required</source>
        <translation type="unfinished">--out heat.png(또는 --raw heat.tiff)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="129" />
        <source>--opacity must be between 0 and 1</source>
        <translation type="unfinished">--opacity는 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="138" />
        <source>--frame must be within 1-%1</source>
        <translation type="unfinished">--frame은 1-%1 범위여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="152" />
        <source>--target %1 is not a class of %2 (%3)</source>
        <translation type="unfinished">--target %1은(는) %2의 클래스가 아닙니다(%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="157" />
        <source>frame %1: %2</source>
        <translation type="unfinished">프레임 %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="197" />
        <source>heatmap range %1 to %2, peak at (%3, %4)</source>
        <translation type="unfinished">히트맵 범위 %1~%2, 최댓값 위치 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="34" />
        <source>dataset synth: generate a labelled synthetic dataset folder (images/, masks/, manifest.csv, manifest.json), split train/val/test 70/15/15 by patient. Each patient has a left and a right wrist, graded per task. For --task motor-units, --patients is the number of tissue-velocity sequences and --frames-per-wrist, when given, the frames per sequence (default 400); see docs/motor-unit-format.md.</source>
        <translation type="unfinished">dataset synth: 레이블 있는 합성 데이터 세트 폴더(images/, masks/, manifest.csv, manifest.json)를 생성하고 환자 단위로 train/val/test를 70/15/15로 나눕니다. 각 환자는 왼쪽과 오른쪽 손목을 가지며 작업별로 등급이 매겨집니다. --task motor-units에서는 --patients가 조직 속도 시퀀스 수이고, --frames-per-wrist를 지정하면 시퀀스당 프레임 수가 됩니다(기본값 400). docs/motor-unit-format.md를 참조하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="38" />
        <source>The action (only "synth" for now).</source>
        <translation type="unfinished">동작(현재는 "synth"만 지원).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="39" />
        <source>segmentation, cts-binary, cts-severity or motor-units.</source>
        <translation type="unfinished">segmentation, cts-binary, cts-severity 또는 motor-units.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="40" />
        <source>Number of synthetic patients (default 10).</source>
        <translation type="unfinished">합성 환자 수(기본값 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="41" />
        <source>Frames per wrist (default 10).</source>
        <translation type="unfinished">손목당 프레임 수(기본값 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="42" />
        <location filename="../app/cli/SynthCommand.cpp" line="76" />
        <source>Random seed (default 1).</source>
        <translation type="unfinished">난수 시드(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="43" />
        <source>Non-zero: the same patients and frames as --seed gives, each seen through new speckle and noise (masks and manifest unchanged), e.g. to test a model on a second look at the same wrists (default 0).</source>
        <translation type="unfinished">0이 아니면 --seed로 만드는 것과 같은 환자와 프레임을 새로운 스펙클과 잡음으로 생성합니다(마스크와 매니페스트는 동일). 예를 들어 같은 손목을 다시 본 영상으로 모델을 시험할 때 사용합니다(기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="47" />
        <source>Scanner profile(s), comma-separated: hm70a, minisono, handheld (default hm70a; with several, each patient gets one).</source>
        <translation type="unfinished">스캐너 프로필, 쉼표로 구분: hm70a, minisono, handheld(기본값 hm70a. 여러 개를 지정하면 환자마다 하나씩 배정).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="49" />
        <location filename="../app/cli/FramesCommand.cpp" line="21" />
        <location filename="../app/cli/SegmentCommand.cpp" line="56" />
        <source>Output folder (created if missing).</source>
        <translation type="unfinished">출력 폴더(없으면 생성).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="50" />
        <source>Wrists generated at once (default: one per core). The folder is the same for any count.</source>
        <translation type="unfinished">동시에 생성할 손목 수(기본값: 코어당 1개). 개수와 관계없이 결과 폴더는 같습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="57" />
        <source>unknown action "%1" (expected: dataset synth)</source>
        <translation type="unfinished">알 수 없는 동작 "%1"(예상: dataset synth)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="59" />
        <source>--task is required (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">--task가 필요합니다(segmentation, cts-binary, cts-severity, motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="69" />
        <source>--patients must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patients는 1에서 100000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="71" />
        <source>--frames-per-wrist must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames-per-wrist는 1에서 10000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="75" />
        <location filename="../app/cli/SynthCommand.cpp" line="105" />
        <location filename="../app/cli/TrainCommand.cpp" line="159" />
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished">--seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="77" />
        <source>--speckle-seed must be a non-negative whole number</source>
        <translation type="unfinished">--speckle-seed는 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="84" />
        <source>--speckle-seed is for the B-mode tasks, not motor-units</source>
        <translation type="unfinished">--speckle-seed는 B-모드 작업용이며 motor-units에는 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="91" />
        <source>wrote %1: %2 motor-unit sequence(s) of %3 frames, index.json</source>
        <translation type="unfinished">%1 저장함: 프레임 %3개짜리 운동 단위 시퀀스 %2개, index.json</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="97" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">알 수 없는 작업 "%1"(segmentation, cts-binary, cts-severity, motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="107" />
        <location filename="../app/cli/SynthCommand.cpp" line="97" />
        <source>unknown profile "%1" (hm70a, minisono, handheld)</source>
        <translation type="unfinished">알 수 없는 프로필 "%1"(hm70a, minisono, handheld)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="111" />
        <source>--profile names no profile</source>
        <translation type="unfinished">--profile에 프로필이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="119" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 환자 %2명 / 프레임 %3개</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="120" />
        <source>wrote %1: %2 frame(s) for %3 (%4)</source>
        <translation type="unfinished">%1 저장함: %3(%4)용 프레임 %2개</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="61" />
        <location filename="../app/cli/FramesCommand.cpp" line="27" />
        <source>--out DIR is required</source>
        <translation type="unfinished">--out DIR이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="59" />
        <source>frame range %1-%2 is not within 1-%3</source>
        <translation type="unfinished">프레임 범위 %1-%2이(가) 1-%3 안에 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="43" />
        <location filename="../app/cli/SegmentCommand.cpp" line="87" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">출력 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="58" />
        <location filename="../app/cli/SegmentCommand.cpp" line="40" />
        <location filename="../app/cli/SegmentCommand.cpp" line="113" />
        <source>cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">%1에 쓸 수 없습니다(디스크가 가득 찼거나 읽기 전용입니까?)</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="60" />
        <source>wrote frame %1</source>
        <translation type="unfinished">프레임 %1 저장함</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="62" />
        <source>%1 frame(s) written to %2</source>
        <translation type="unfinished">프레임 %1개를 %2에 저장함</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="64" />
        <source>%1 frame(s) could not be decoded; first: %2</source>
        <translation type="unfinished">프레임 %1개를 디코딩할 수 없습니다. 첫 번째: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="69" />
        <source>Created workspace %1 (schema version %2)</source>
        <translation type="unfinished">작업 공간 %1을(를) 만들었습니다(스키마 버전 %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="76" />
        <source>import needs at least one FILE</source>
        <translation type="unfinished">import에는 FILE이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="90" />
        <source>%1: already in the workspace as study %2</source>
        <translation type="unfinished">%1: 이미 작업 공간에 검사 %2(으)로 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="92" />
        <source>%1: imported as study %2 (%3)</source>
        <translation type="unfinished">%1: 검사 %2(으)로 가져왔습니다(%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>copied</source>
        <translation type="unfinished">복사됨</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>referenced in place</source>
        <translation type="unfinished">원래 위치 참조</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="120" />
        <source>%1  %2  %3 frames  %4 x %5  %6 contours on %7 frames  %8  %9  %10</source>
        <translation type="unfinished">%1  %2  프레임 %3개  %4 x %5  프레임 %7개에 윤곽선 %6개  %8  %9  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="126" />
        <source>No studies yet (nervescope-cli workspace import DIR FILE...).</source>
        <translation type="unfinished">아직 검사가 없습니다(nervescope-cli workspace import DIR FILE...).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="137" />
        <source>grade needs --study ID (see workspace list)</source>
        <translation type="unfinished">grade에는 --study ID가 필요합니다(workspace list 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="145" />
        <source>--grade must be normal, mild, moderate, severe, cts or no-cts</source>
        <translation type="unfinished">--grade는 normal, mild, moderate, severe, cts 또는 no-cts여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="148" />
        <source>grade needs --rater NAME: who gives the grade</source>
        <translation type="unfinished">grade에는 등급을 매기는 사람을 지정하는 --rater NAME이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="157" />
        <source>the workspace has no study %1</source>
        <translation type="unfinished">작업 공간에 검사 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="160" />
        <source>study %1 graded %2 by %3</source>
        <translation type="unfinished">검사 %1: 등급 %2 기록함(평가자: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="174" />
        <source>The study file cannot be opened: %1</source>
        <translation type="unfinished">검사 파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="197" />
        <source>no study with id %1</source>
        <translation type="unfinished">ID가 %1인 검사가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="213" />
        <source>study %1 frame %2 contour %3  %4  %5 (%6)  %7 px^2  %8  %9 vertices  %10</source>
        <translation type="unfinished">검사 %1 프레임 %2 윤곽선 %3  %4  %5 (%6)  %7 px^2  %8  꼭짓점 %9개  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>%1 mm^2</source>
        <translation type="unfinished">%1 mm^2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>no mm^2: %1</source>
        <translation type="unfinished">mm^2 없음: %1</translation>
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
        <translation type="unfinished">주석 작업 공간(workspace.sqlite가 있는 폴더):
  create DIR                     새 작업 공간 만들기
  import DIR FILE... [--copy]    검사 추가(원래 위치 참조 또는 복사)
  list DIR [--json]              윤곽선 수와 검토 상태가 포함된 검사 목록
  annotations DIR [--study ID] [--json]
                                 꼭짓점, 면적(px 및 mm^2), 평가자, 출처, 상태가 포함된 윤곽선
  grade DIR --study ID --grade G --rater NAME
                                 사람이 매긴 CTS 등급 기록(normal, mild, moderate, severe, cts, no-cts)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="260" />
        <source>create, import, list, annotations or grade</source>
        <translation type="unfinished">create, import, list, annotations 또는 grade</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="265" />
        <source>annotations: only this study; grade: the study to grade.</source>
        <translation type="unfinished">annotations: 이 검사만. grade: 등급을 매길 검사.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="266" />
        <source>grade: normal, mild, moderate, severe, cts or no-cts.</source>
        <translation type="unfinished">grade: normal, mild, moderate, severe, cts 또는 no-cts.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="267" />
        <source>grade: who gives the grade.</source>
        <translation type="unfinished">grade: 등급을 매기는 사람.</translation>
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
        <translation type="unfinished">작업 공간의 레이블 있는 프레임을 데이터 세트로 내보냅니다:
  png     images/ + masks/ + manifest.json/.csv (학습 가능: nervescope-cli train --data DIR)
  coco    images/ + annotations.json (다각형, 범주 "median nerve")
  nnunet  nnU-Net v2 raw: imagesTr/, labelsTr/ (0/1), dataset.json
  csv     measurements.csv: 윤곽선마다 면적과 등급을 담은 한 행
  dicom-seg  DICOM 검사 및 평가자별: &lt;name&gt;_seg.dcm (원본 프레임을 참조하는 정중신경 DICOM Segmentation) + &lt;name&gt;_image.dcm (비식별화된 원본)
  dicom-sr   DICOM 검사 및 평가자별: &lt;name&gt;_sr.dcm (프레임별 신경 면적(mm2)을 담은 TID 1500 보고서) + &lt;name&gt;_image.dcm
DICOM이 아닌 검사는 DICOM 형식에서 건너뛰며 안내 메시지를 표시합니다. 환자는 가명 처리되며(작업 공간별 비밀값: WORKSPACE/export-salt), --no-deidentify를 지정하지 않으면 파일 이름, 경로, 날짜를 기록하지 않습니다. 분할은 환자 단위입니다. DIR은 새 폴더이거나 빈 폴더여야 하며, 내보내기가 완료된 후에야 나타납니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="74" />
        <location filename="../app/cli/ExportCommand.cpp" line="150" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="261" />
        <source>the workspace folder</source>
        <translation type="unfinished">작업 공간 폴더</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="75" />
        <location filename="../app/cli/ExportCommand.cpp" line="152" />
        <source>%1.</source>
        <translation type="unfinished">%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="76" />
        <source>Output folder (new or empty).</source>
        <translation type="unfinished">출력 폴더(새 폴더 또는 빈 폴더).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="77" />
        <source>Keep patient IDs and source paths.</source>
        <translation type="unfinished">환자 ID와 원본 경로를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="78" />
        <source>DICOM formats: shift dates by a fixed per-patient offset (default) or remove them.</source>
        <translation type="unfinished">DICOM 형식: 날짜를 환자별 고정 오프셋만큼 이동(기본값)하거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="80" />
        <source>Only these study ids (default: all).</source>
        <translation type="unfinished">이 검사 ID만(기본값: 전체).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>Only frames (or studies) a reviewer approved.</source>
        <translation type="unfinished">검토자가 승인한 프레임(또는 검사)만.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82" />
        <source>Only these raters' contours.</source>
        <translation type="unfinished">이 평가자들의 윤곽선만.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="83" />
        <source>Also export interpolated contours nobody touched.</source>
        <translation type="unfinished">아무도 수정하지 않은 보간 윤곽선도 내보냅니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="84" />
        <source>Train,val,test shares of patients (default 70,15,15).</source>
        <translation type="unfinished">train,val,test 환자 비율(기본값 70,15,15).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>Black out burned-in text: outside-regions (everything outside the ultrasound regions) or X,Y,W,H (a rectangle in pixels).</source>
        <translation type="unfinished">이미지에 새겨진 텍스트 가리기: outside-regions(초음파 영역 바깥 전체) 또는 X,Y,W,H(픽셀 단위 사각형).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="92" />
        <source>expected one WORKSPACE, got %1 arguments (see --help)</source>
        <translation type="unfinished">WORKSPACE 하나가 필요하지만 인수가 %1개입니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="94" />
        <source>--format and --out are required (see --help)</source>
        <translation type="unfinished">--format과 --out이 필요합니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="97" />
        <location filename="../app/cli/ExportCommand.cpp" line="164" />
        <source>unknown format "%1" (formats: %2)</source>
        <translation type="unfinished">알 수 없는 형식 "%1"(형식: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="105" />
        <source>--studies must be study ids separated by commas, e.g. 1,4,7</source>
        <translation type="unfinished">--studies는 쉼표로 구분된 검사 ID여야 합니다(예: 1,4,7)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109" />
        <source>--split must be three non-negative shares, e.g. 70,15,15</source>
        <translation type="unfinished">--split은 0 이상의 비율 세 개여야 합니다(예: 70,15,15)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="114" />
        <source>--dates must be shift or remove (got "%1")</source>
        <translation type="unfinished">--dates는 shift 또는 remove여야 합니다(입력값: "%1")</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="132" />
        <source>note: %1</source>
        <translation type="unfinished">참고: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="135" />
        <source>exported %1 frame(s) of %2 stud(ies) as %3 (%4 item(s)%5) to %6</source>
        <translation type="unfinished">검사 %2개의 프레임 %1개를 %3 형식(항목 %4개%5)으로 %6에 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, de-identified</source>
        <translation type="unfinished">, 비식별화됨</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, NOT de-identified</source>
        <translation type="unfinished">, 비식별화되지 않음</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="146" />
        <source>Import a dataset folder into a workspace: every image becomes a study (copied in), its masks or polygons become contours (with the dataset's rater and source, else rater "import", manual). All or nothing: on any error the workspace is left unchanged.</source>
        <translation type="unfinished">데이터 세트 폴더를 작업 공간으로 가져옵니다. 각 이미지는 검사(복사됨)가 되고 마스크나 다각형은 윤곽선이 됩니다(데이터 세트의 평가자와 출처를 따르며, 없으면 평가자 "import", 출처 manual). 전부 가져오거나 전혀 가져오지 않으므로, 오류가 하나라도 있으면 작업 공간은 변경되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="151" />
        <source>the dataset folder</source>
        <translation type="unfinished">데이터 세트 폴더</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="159" />
        <source>expected WORKSPACE and DIR, got %1 arguments (see --help)</source>
        <translation type="unfinished">WORKSPACE와 DIR이 필요하지만 인수가 %1개입니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="161" />
        <source>--format is required (see --help)</source>
        <translation type="unfinished">--format이 필요합니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="175" />
        <source>imported %1 contour(s) on %2 new stud(ies)%3 from %4%5%6</source>
        <translation type="unfinished">%4에서 새 검사 %2개%3에 윤곽선 %1개를 가져왔습니다%5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="180" />
        <source>; %1 stud(ies) graded</source>
        <translation type="unfinished">; 검사 %1개 등급 판정됨</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="179" />
        <source>; %1 frame(s) approved</source>
        <translation type="unfinished">; 프레임 %1개 승인됨</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="177" />
        <source> and %1 already present</source>
        <translation type="unfinished"> 및 기존 검사 %1개</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="262" />
        <source>studies to import</source>
        <translation type="unfinished">가져올 검사</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="263" />
        <source>import: copy the files into the workspace instead of referencing them.</source>
        <translation type="unfinished">import: 파일을 참조하는 대신 작업 공간으로 복사합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="285" />
        <source>unknown action or extra arguments: %1 (see --help)</source>
        <translation type="unfinished">알 수 없는 동작이거나 불필요한 인수입니다: %1(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="188" />
        <source>Score a model on a labelled dataset folder (from `dataset synth` or an export): segmentation DSC/IoU/HD95/pixel AUC, or classification AUC/accuracy/confusion, per frame and per wrist, overall and per scanner profile, with bootstrap CIs over patients.</source>
        <translation type="unfinished">레이블 있는 데이터 세트 폴더(`dataset synth` 또는 내보내기로 만든 폴더)에서 모델을 평가합니다. 분할은 DSC/IoU/HD95/픽셀 AUC, 분류는 AUC/정확도/혼동 행렬을 프레임별·손목별, 전체 및 스캐너 프로필별로 산출하며 환자 단위 부트스트랩 신뢰구간을 함께 제공합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="191" />
        <location filename="../app/cli/ExplainCommand.cpp" line="92" />
        <location filename="../app/cli/GradeCommand.cpp" line="37" />
        <location filename="../app/cli/SegmentCommand.cpp" line="55" />
        <source>Model name (see `models list`) or model card path.</source>
        <translation type="unfinished">모델 이름(`models list` 참조) 또는 모델 카드 경로.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="192" />
        <location filename="../app/cli/TrainCommand.cpp" line="70" />
        <source>Dataset folder with manifest.json.</source>
        <translation type="unfinished">manifest.json이 있는 데이터 세트 폴더.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="193" />
        <source>train, val, test or all (default test).</source>
        <translation type="unfinished">train, val, test 또는 all(기본값 test).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="194" />
        <source>wrist, forearm or longitudinal (default: the model's view).</source>
        <translation type="unfinished">wrist, forearm 또는 longitudinal(기본값: 모델의 단면).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="195" />
        <source>Only these scanner profiles (comma-separated).</source>
        <translation type="unfinished">이 스캐너 프로필만(쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="196" />
        <source>Bootstrap resamples for CIs (default 1000; 0 = none).</source>
        <translation type="unfinished">신뢰구간용 부트스트랩 재표본 수(기본값 1000, 0 = 사용 안 함).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="197" />
        <source>Print the full report as JSON.</source>
        <translation type="unfinished">전체 보고서를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="198" />
        <source>Also write the headline figures into the model's card (metrics.KEY), e.g. --record heldOut.</source>
        <translation type="unfinished">주요 수치를 모델 카드(metrics.KEY)에도 기록합니다(예: --record heldOut).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="200" />
        <source>Compare with this second model on the same frames: paired differences with bootstrap CIs over patients (DeLong's test for AUCs).</source>
        <translation type="unfinished">같은 프레임에서 이 두 번째 모델과 비교합니다: 환자 단위 부트스트랩 신뢰구간을 포함한 대응 차이(AUC는 DeLong 검정).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="203" />
        <source>Also write what was decided on each frame to this CSV file (classifiers: truth, prediction, probabilities; segmentation: DSC, IoU, HD95), to find the frames a model gets wrong.</source>
        <translation type="unfinished">각 프레임의 판정 결과를 이 CSV 파일에도 기록합니다(분류기: 정답, 예측, 확률. 분할: DSC, IoU, HD95). 모델이 틀린 프레임을 찾는 데 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="212" />
        <source>--model NAME and --data DIR are required</source>
        <translation type="unfinished">--model NAME과 --data DIR이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="220" />
        <source>--split must be train, val, test or all</source>
        <translation type="unfinished">--split은 train, val, test 또는 all이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="228" />
        <source>--resamples must be 0 or more</source>
        <translation type="unfinished">--resamples는 0 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="236" />
        <source>--record and --frames write one model's figures: leave out --against</source>
        <translation type="unfinished">--record와 --frames는 한 모델의 수치만 기록합니다. --against를 빼십시오</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="269" />
        <source>%1 %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), profiles %8, %9</source>
        <translation type="unfinished">%3에서 %1 %2 (%4 세트, %5 단면): 환자 %7명의 프레임 %6개, 프로필 %8, %9</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="176" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="278" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="279" />
        <source>All profiles:</source>
        <translation type="unfinished">전체 프로필:</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="120" />
        <source>  %1 (n=%2): A %3, B %4, A-B %5</source>
        <translation type="unfinished">  %1 (n=%2): A %3, B %4, A-B %5</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="124" />
        <source>, DeLong p = %1</source>
        <translation type="unfinished">, DeLong p = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="126" />
        <source> (95% CI %1 to %2)</source>
        <translation type="unfinished"> (95% 신뢰구간 %1~%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="128" />
        <source>; A better on %1, B on %2, tied %3</source>
        <translation type="unfinished">; A 우세 %1, B 우세 %2, 동률 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="133" />
        <source>: A is better</source>
        <translation type="unfinished">: A가 우수</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="135" />
        <source>: B is better</source>
        <translation type="unfinished">: B가 우수</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="137" />
        <source>: no significant difference</source>
        <translation type="unfinished">: 유의한 차이 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="163" />
        <source>%n frame(s) left out: their rows have no label for this model (ungraded studies)</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개 제외: 이 모델에 대한 레이블이 없음(등급 미판정 검사)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="169" />
        <source>A = %1, B = %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), %8</source>
        <translation type="unfinished">A = %1, B = %2, %3 (%4 세트, %5 단면): 환자 %7명의 프레임 %6개, %8</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="160" />
        <source>%n frame(s) left out: a nerve locator found no nerve there</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개 제외: 신경 탐지 모델이 신경을 찾지 못함</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="179" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="282" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="283" />
        <source>Profile %1:</source>
        <translation type="unfinished">프로필 %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="14" />
        <source>cpu or cuda (default: cuda when available, else cpu).</source>
        <translation type="unfinished">cpu 또는 cuda(기본값: 사용 가능하면 cuda, 아니면 cpu).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="15" />
        <source>CPU threads (default: chosen by measurement).</source>
        <translation type="unfinished">CPU 스레드 수(기본값: 측정으로 결정).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="16" />
        <source>Frames per forward pass (default 8).</source>
        <translation type="unfinished">순전파당 프레임 수(기본값 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="26" />
        <source>--device cuda: this LibTorch sees no CUDA device</source>
        <translation type="unfinished">--device cuda: 이 LibTorch에서 CUDA 장치를 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="30" />
        <source>--device must be cpu or cuda, not "%1"</source>
        <translation type="unfinished">--device는 "%1"이(가) 아니라 cpu 또는 cuda여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="37" />
        <source>--threads must be a positive number</source>
        <translation type="unfinished">--threads는 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="44" />
        <source>--batch must be a positive number</source>
        <translation type="unfinished">--batch는 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="19" />
        <source>models list: the available models (name, task, parameters, sha256) and whether each weights file matches its card.</source>
        <translation type="unfinished">models list: 사용 가능한 모델(이름, 작업, 매개변수, sha256)과 각 가중치 파일이 모델 카드와 일치하는지 여부.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="21" />
        <source>The action (only "list" for now).</source>
        <translation type="unfinished">동작(현재는 "list"만 지원).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="27" />
        <source>unknown action "%1" (only "list")</source>
        <translation type="unfinished">알 수 없는 동작 "%1"("list"만 지원)</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="59" />
        <source>No models found in: %1</source>
        <translation type="unfinished">모델을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="61" />
        <source>skipped: %1</source>
        <translation type="unfinished">건너뜀: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="52" />
        <source>Segment the median nerve on every frame: writes masks/frame_NNNN.png (255 = nerve), contours.json and areas.csv to --out.</source>
        <translation type="unfinished">모든 프레임에서 정중신경을 분할합니다: masks/frame_NNNN.png(255 = 신경), contours.json, areas.csv를 --out에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="57" />
        <source>Probability threshold (default 0.5).</source>
        <translation type="unfinished">확률 임계값(기본값 0.5).</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="58" />
        <source>Replace each contour by its fitted ellipse.</source>
        <translation type="unfinished">각 윤곽선을 근사 타원으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="65" />
        <source>--model NAME and --out DIR are required</source>
        <translation type="unfinished">--model NAME과 --out DIR이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="80" />
        <source>--threshold must be between 0 and 1</source>
        <translation type="unfinished">--threshold는 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="127" />
        <source>frame %1, outline %2: %3</source>
        <translation type="unfinished">프레임 %1, 윤곽선 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="147" />
        <source>segmented frame %1</source>
        <translation type="unfinished">프레임 %1 분할함</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SegmentCommand.cpp" line="160" />
        <source>%n outline(s) outside the size of a median nerve; the first is %1</source>
        <translation type="unfinished">
            <numerusform>정중신경 크기를 벗어난 윤곽선 %n개, 첫 번째: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="162" />
        <source>segmented %1 frame(s) with %2 %3 on %4; wrote %5</source>
        <translation type="unfinished">%4에서 %2 %3(으)로 프레임 %1개를 분할했습니다. %5 저장함</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="70" />
        <source>Generate a synthetic median-nerve cine with exact ground truth and write it as DICOM (Ultrasound Multi-frame, calibrated), MP4 or AVI. Same seed, same file.</source>
        <translation type="unfinished">정확한 정답 데이터가 포함된 합성 정중신경 시네를 생성하여 DICOM(Ultrasound Multi-frame, 보정됨), MP4 또는 AVI로 저장합니다. 시드가 같으면 같은 파일이 생성됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="72" />
        <source>wrist, forearm or longitudinal (default wrist).</source>
        <translation type="unfinished">wrist, forearm 또는 longitudinal(기본값 wrist).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="73" />
        <source>normal, mild, moderate or severe (default normal).</source>
        <translation type="unfinished">normal, mild, moderate 또는 severe(기본값 normal).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="74" />
        <source>Scanner profile: hm70a, minisono or handheld (default hm70a).</source>
        <translation type="unfinished">스캐너 프로필: hm70a, minisono 또는 handheld(기본값 hm70a).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="75" />
        <source>Number of frames (default 60).</source>
        <translation type="unfinished">프레임 수(기본값 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="77" />
        <source>A bifid median nerve (two bundles).</source>
        <translation type="unfinished">이분 정중신경(신경 다발 2개).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="78" />
        <source>The nerve out of view (empty masks).</source>
        <translation type="unfinished">신경이 시야 밖에 있음(빈 마스크).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="79" />
        <source>DICOM only: JPEG baseline (lossy) instead of uncompressed.</source>
        <translation type="unfinished">DICOM 전용: 비압축 대신 JPEG baseline(손실) 압축.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="80" />
        <source>Output file: .dcm, .mp4 or .avi.</source>
        <translation type="unfinished">출력 파일: .dcm, .mp4 또는 .avi.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="81" />
        <source>Also write the ground truth (per-frame contours, areas, grade, severity) as JSON.</source>
        <translation type="unfinished">정답 데이터(프레임별 윤곽선, 면적, 등급, 중증도)도 JSON으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="86" />
        <source>unexpected argument %1</source>
        <translation type="unfinished">예상하지 못한 인수 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="88" />
        <source>--out FILE is required</source>
        <translation type="unfinished">--out FILE이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="93" />
        <source>unknown view "%1" (wrist, forearm, longitudinal)</source>
        <translation type="unfinished">알 수 없는 단면 "%1"(wrist, forearm, longitudinal)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="95" />
        <source>unknown grade "%1" (normal, mild, moderate, severe)</source>
        <translation type="unfinished">알 수 없는 등급 "%1"(normal, mild, moderate, severe)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="103" />
        <source>--frames must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames는 1에서 10000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="113" />
        <source>--out must end in .dcm, .mp4 or .avi</source>
        <translation type="unfinished">--out은 .dcm, .mp4 또는 .avi로 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="115" />
        <source>--jpeg applies to .dcm output only</source>
        <translation type="unfinished">--jpeg는 .dcm 출력에만 적용됩니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="118" />
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="123" />
        <source>the generator made %1 of %2 frames</source>
        <translation type="unfinished">생성기가 프레임 %2개 중 %1개만 만들었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="144" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="147" />
        <source>wrote %1: %2 frame(s) %3x%4, %5 frames/s, %6 mm/px (%7, %8, %9, seed %10)</source>
        <translation type="unfinished">%1 저장함: 프레임 %2개 %3x%4, %5 프레임/초, %6 mm/px (%7, %8, %9, 시드 %10)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="153" />
        <source>wrote %1: ground truth</source>
        <translation type="unfinished">%1 저장함: 정답 데이터</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="28" />
        <source>train: exported %1 frame(s) of %2 studies from %3 to %4</source>
        <translation type="unfinished">train: %3에서 검사 %2개의 프레임 %1개를 %4(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="61" />
        <source>Train a network on a dataset folder (from: nervescope-cli dataset synth). Uses the folder's train split for training and its val split for early stopping; writes the best epoch as OUT/NAME.pt with its model card OUT/NAME.json and the log OUT/NAME.training.csv. A checkpoint after every epoch (OUT/NAME.checkpoint/) lets --resume continue after a crash or Ctrl+C; it is removed when the model is saved.</source>
        <translation type="unfinished">데이터 세트 폴더(nervescope-cli dataset synth로 생성)로 네트워크를 학습시킵니다. 폴더의 train 세트로 학습하고 val 세트로 조기 종료를 판단하며, 최적 에포크를 OUT/NAME.pt로, 모델 카드를 OUT/NAME.json으로, 로그를 OUT/NAME.training.csv로 저장합니다. 매 에포크 후 체크포인트(OUT/NAME.checkpoint/)를 저장하므로 비정상 종료나 Ctrl+C 후에도 --resume으로 이어서 학습할 수 있으며, 모델이 저장되면 체크포인트는 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="65" />
        <source>segmentation, cts-binary or cts-severity.</source>
        <translation type="unfinished">segmentation, cts-binary 또는 cts-severity.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="66" />
        <source>Architecture: sa-unet, unet (segmentation); squeezenet1_1, mobilenet_v2, efficientnet_b0 (cts-binary); severity-transverse, severity-longitudinal (cts-severity, S3's) or severity-transverse-deep (two convolutions per block; not S3's).</source>
        <translation type="unfinished">아키텍처: sa-unet, unet(segmentation), squeezenet1_1, mobilenet_v2, efficientnet_b0(cts-binary), severity-transverse, severity-longitudinal(cts-severity, S3 방식) 또는 severity-transverse-deep(블록당 합성곱 2개, S3 방식 아님).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="71" />
        <source>Train on the labelled frames of this workspace instead of --data: they are exported (de-identified, split by patient) to OUT/NAME.data first.</source>
        <translation type="unfinished">--data 대신 이 작업 공간의 레이블 있는 프레임으로 학습합니다. 프레임은 먼저 OUT/NAME.data로 내보내집니다(비식별화, 환자 단위 분할).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="74" />
        <source>Output folder for the model, its card and the log.</source>
        <translation type="unfinished">모델, 모델 카드, 로그를 저장할 출력 폴더.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="75" />
        <source>Model name (default: ARCH-wrist, ARCH-cts or ARCH).</source>
        <translation type="unfinished">모델 이름(기본값: ARCH-wrist, ARCH-cts 또는 ARCH).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="76" />
        <source>Model version for the card (default 1.0.0); annotations accepted from the model record name and version.</source>
        <translation type="unfinished">모델 카드에 기록할 모델 버전(기본값 1.0.0). 이 모델에서 수락한 주석에는 모델 이름과 버전이 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="78" />
        <source>Most epochs to train (default 30).</source>
        <translation type="unfinished">최대 학습 에포크 수(기본값 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="79" />
        <source>Mini-batch size (default 8).</source>
        <translation type="unfinished">미니배치 크기(기본값 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="80" />
        <source>Adam learning rate (default 0.0005).</source>
        <translation type="unfinished">Adam 학습률(기본값 0.0005).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="81" />
        <source>constant (default) or cosine: the rate falls along half a cosine to near 0 at the last of --epochs.</source>
        <translation type="unfinished">constant(기본값) 또는 cosine: cosine은 학습률이 코사인 반주기를 따라 감소하여 --epochs의 마지막 에포크에서 0에 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="83" />
        <source>Random seed for weights, shuffling and augmentation (default 1).</source>
        <translation type="unfinished">가중치, 셔플, 증강에 쓰는 난수 시드(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="84" />
        <source>Network input size (default 256x256).</source>
        <translation type="unfinished">네트워크 입력 크기(기본값 256x256).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="85" />
        <source>U-Nets: relu, noisy_relu, noisy_hard_tanh or noisy_hard_sigmoid (default relu).</source>
        <translation type="unfinished">U-Net: relu, noisy_relu, noisy_hard_tanh 또는 noisy_hard_sigmoid(기본값 relu).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="87" />
        <source>Manifest view to train on: wrist, forearm or longitudinal (default: wrist; longitudinal for severity-longitudinal).</source>
        <translation type="unfinished">학습할 매니페스트 단면: wrist, forearm 또는 longitudinal(기본값: wrist, severity-longitudinal은 longitudinal).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="89" />
        <source>Stop after this many epochs without a better validation figure (default 8).</source>
        <translation type="unfinished">검증 수치가 개선되지 않는 에포크가 이 횟수만큼 이어지면 중단합니다(기본값 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="91" />
        <source>Classifiers: dropout of the dense layers (default: the architecture's own, 0.6 for the severity CNNs as S3).</source>
        <translation type="unfinished">분류기: 완전 연결층의 드롭아웃(기본값: 아키텍처 고유값, 중증도 CNN은 S3와 같이 0.6).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="93" />
        <source>Classifiers: side in mm of the square crop around the nerve they grade (default 15, as S1; 0 = whole frame).</source>
        <translation type="unfinished">분류기: 등급 판정에 쓰는 신경 주위 정사각형 크롭의 한 변 길이(mm)(기본값 15, S1과 동일. 0 = 전체 프레임).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="95" />
        <source>Fine-tune from this model (a name from `models list` or a card path) instead of starting from random weights. Its task, architecture and input size must match; --arch and --input default to the base's.</source>
        <translation type="unfinished">무작위 가중치에서 시작하는 대신 이 모델(`models list`의 이름 또는 카드 경로)에서 미세 조정합니다. 작업, 아키텍처, 입력 크기가 일치해야 하며 --arch와 --input의 기본값은 기반 모델의 값입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="98" />
        <source>Continue the unfinished run in OUT (same options; --epochs may grow).</source>
        <translation type="unfinished">OUT의 완료되지 않은 학습을 이어서 진행합니다(같은 옵션 사용, --epochs는 늘릴 수 있음).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="99" />
        <source>CPU threads for LibTorch (default: all cores). Results are reproducible for a given thread count.</source>
        <translation type="unfinished">LibTorch용 CPU 스레드 수(기본값: 모든 코어). 스레드 수가 같으면 결과가 재현됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="105" />
        <source>unexpected argument "%1"</source>
        <translation type="unfinished">예상하지 못한 인수 "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="114" />
        <source>--%1 is required (see --help)</source>
        <translation type="unfinished">--%1이(가) 필요합니다(--help 참조)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="117" />
        <source>give either --data DIR or --workspace DIR</source>
        <translation type="unfinished">--data DIR 또는 --workspace DIR 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="121" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity)</source>
        <translation type="unfinished">알 수 없는 작업 "%1"(segmentation, cts-binary, cts-severity)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="136" />
        <source>--version must look like 1.2.0</source>
        <translation type="unfinished">--version은 1.2.0과 같은 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="142" />
        <source>--epochs must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--epochs는 1에서 100000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="144" />
        <source>--batch must be a whole number from 1 to 4096</source>
        <translation type="unfinished">--batch는 1에서 4096 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="146" />
        <source>--patience must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patience는 1에서 100000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="73" />
        <location filename="../app/cli/TrainCommand.cpp" line="148" />
        <source>--threads must be a whole number from 1 to 1024</source>
        <translation type="unfinished">--threads는 1에서 1024 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="153" />
        <source>--lr must be a number between 0 and 1, e.g. 0.0005</source>
        <translation type="unfinished">--lr은 0과 1 사이의 수여야 합니다(예: 0.0005)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="164" />
        <source>--lr-schedule must be constant or cosine</source>
        <translation type="unfinished">--lr-schedule은 constant 또는 cosine이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="171" />
        <source>--dropout must be a number from 0 to below 1</source>
        <translation type="unfinished">--dropout은 0 이상 1 미만의 수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="173" />
        <source>fine-tuning keeps the base model's network: leave out --dropout</source>
        <translation type="unfinished">미세 조정은 기반 모델의 네트워크를 그대로 사용합니다. --dropout을 빼십시오</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="179" />
        <source>--crop-mm must be a number of millimetres, 0 or more</source>
        <translation type="unfinished">--crop-mm은 0 이상의 mm 값이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="185" />
        <source>--input must be WIDTHxHEIGHT, e.g. 256x256</source>
        <translation type="unfinished">--input은 WIDTHxHEIGHT 형식이어야 합니다(예: 256x256)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="207" />
        <source>data folder %1 does not exist</source>
        <translation type="unfinished">데이터 폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="220" />
        <source>wrote %1 (best validation %2 %3 at epoch %4 of %5%6); log %7</source>
        <translation type="unfinished">%1 저장함(최적 검증 %2 %3, 에포크 %4/%5%6). 로그 %7</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="225" />
        <source>, stopped early</source>
        <translation type="unfinished">, 조기 종료됨</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22" />
        <source>Median-nerve ultrasound viewer and annotator</source>
        <translation type="unfinished">정중신경 초음파 뷰어 및 주석 도구</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26" />
        <source>Open FILE, save a screenshot of the window to PNG and quit.</source>
        <translation type="unfinished">FILE을 열고 창 스크린샷을 PNG로 저장한 후 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29" />
        <source>Show frame N (1-based) first.</source>
        <translation type="unfinished">프레임 N(1부터 시작)을 먼저 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33" />
        <source>DICOM, video or image file, or a folder of images.</source>
        <translation type="unfinished">DICOM, 동영상 또는 이미지 파일, 또는 이미지 폴더.</translation>
    </message>
</context>
<context>
    <name>ns::synth</name>
    <message>
        <location filename="../core/synth/CineGenerator.cpp" line="193" />
        <source>Generating synthetic frame %1 of %2</source>
        <translation type="unfinished">합성 프레임 %1/%2 생성 중</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="59" />
        <source>Samsung HM70A-like</source>
        <translation type="unfinished">Samsung HM70A 유사</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="72" />
        <source>Alpinion miniSONO-like</source>
        <translation type="unfinished">Alpinion miniSONO 유사</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="85" />
        <source>Handheld wireless probe-like</source>
        <translation type="unfinished">휴대용 무선 탐촉자 유사</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiController</name>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="163" />
        <source>No segmentation model is installed. See the README's section on models.</source>
        <translation type="unfinished">분할 모델이 설치되어 있지 않습니다. README의 모델 섹션을 참조하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="168" />
        <source>Loading the model…</source>
        <translation type="unfinished">모델 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="210" />
        <source>Segmented frame %1</source>
        <translation type="unfinished">프레임 %1 분할함</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="218" />
        <source>Segmentation cancelled after %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개를 분할한 후 분할이 취소되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="219" />
        <source>Segmented %n frame(s) on %1.</source>
        <translation type="unfinished">
            <numerusform>%1에서 프레임 %n개를 분할했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="234" />
        <source>Loading the grader…</source>
        <translation type="unfinished">등급 판정 모델 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="287" />
        <source>Graded frame %1</source>
        <translation type="unfinished">프레임 %1 등급 판정함</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="299" />
        <location filename="../ui/ai/AiController.cpp" line="305" />
        <source>Grading cancelled.</source>
        <translation type="unfinished">등급 판정이 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="303" />
        <source>cancelled after %1 of %n frame(s); no grade was stored.</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개 중 %1개를 읽은 뒤 취소되었습니다. 등급은 저장되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="319" />
        <source>The grade could not be stored: %1</source>
        <translation type="unfinished">등급을 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="322" />
        <source>Graded %n frame(s) with %1.</source>
        <translation type="unfinished">
            <numerusform>%1(으)로 프레임 %n개의 등급을 판정했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="324" />
        <source>AI outlines await review on %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>%n개 프레임의 AI 윤곽선이 검토를 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="384" />
        <source>The contour could not be stored: %1</source>
        <translation type="unfinished">윤곽선을 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="437" />
        <source>Accept AI contours on %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개의 AI 윤곽선 수락</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="452" />
        <source>Stored %1 of %2 AI contours; the others are still pending: %3</source>
        <translation type="unfinished">AI 윤곽선 %2개 중 %1개를 저장했습니다. 나머지는 아직 대기 중입니다: %3</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiFeature</name>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="38" />
        <source>AI Review</source>
        <translation type="unfinished">AI 검토</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="53" />
        <source>Show or hide the AI review panel (Ctrl+Shift+A)</source>
        <translation type="unfinished">AI 검토 패널 표시/숨기기(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="68" />
        <source>Analyse Studies on &amp;Open</source>
        <translation type="unfinished">검사를 열 때 분석(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="71" />
        <source>When a study opens, outline the nerve and grade the study with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="unfinished">검사를 열면 AI 패널에서 선택한 모델로 신경의 윤곽선을 그리고 검사의 등급을 판정합니다. AI보다 먼저 영상을 보려면 끄십시오.</translation>
    </message>
    <message>
        <source>When a study opens, outline the nerve on its first frame and grade it with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="obsolete">검사를 열면 AI 패널에서 선택한 모델로 첫 프레임의 신경 윤곽선을 그리고 등급을 판정합니다. AI보다 먼저 영상을 보려면 끄십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="120" />
        <source>Analysing the study (AI ▸ Analyse Studies on Open turns this off)…</source>
        <translation type="unfinished">검사 분석 중(AI ▸ 검사를 열 때 분석에서 끌 수 있음)…</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Segment &amp;Frame</source>
        <translation type="unfinished">프레임 분할(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Outline the nerve on the frame on screen</source>
        <translation type="unfinished">화면의 프레임에서 신경 윤곽선을 그립니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Segment &amp;Cine</source>
        <translation type="unfinished">시네 분할(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Outline the nerve on every frame of the study</source>
        <translation type="unfinished">검사의 모든 프레임에서 신경 윤곽선을 그립니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>&amp;Grade Study</source>
        <translation type="unfinished">검사 등급 판정(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>Grade carpal tunnel syndrome over all frames of the study</source>
        <translation type="unfinished">검사의 모든 프레임에 걸쳐 수근관 증후군 등급을 판정합니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>&amp;Accept</source>
        <translation type="unfinished">수락(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>Store the selected AI contour as an annotation (all of the frame's when none is selected)</source>
        <translation type="unfinished">선택한 AI 윤곽선을 주석으로 저장합니다(선택하지 않으면 프레임의 모든 AI 윤곽선)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="116" />
        <source>Accept All F&amp;rames</source>
        <translation type="unfinished">모든 프레임 수락(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="117" />
        <source>Store the AI contours of every frame (after Segment Cine) as annotations, in one undo step</source>
        <translation type="unfinished">(시네 분할 후) 모든 프레임의 AI 윤곽선을 주석으로 저장합니다. 한 번에 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>&amp;Edit</source>
        <translation type="unfinished">편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>Store the selected AI contour and edit its vertices; it becomes "corrected"</source>
        <translation type="unfinished">선택한 AI 윤곽선을 저장하고 꼭짓점을 편집합니다. 윤곽선은 "수정됨" 상태가 됩니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>&amp;Reject</source>
        <translation type="unfinished">거부(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>Discard the selected AI contour (all of the frame's when none is selected)</source>
        <translation type="unfinished">선택한 AI 윤곽선을 버립니다(선택하지 않으면 프레임의 모든 AI 윤곽선)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <location filename="../ui/ai/AiPanel.cpp" line="166" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <source>Stop the running AI job</source>
        <translation type="unfinished">실행 중인 AI 작업을 중지합니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="123" />
        <source>Default models were trained on synthetic phantoms and are &lt;b&gt;not clinically validated&lt;/b&gt;.</source>
        <translation type="unfinished">기본 모델은 합성 팬텀으로 학습되었으며 &lt;b&gt;임상적으로 검증되지 않았습니다&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="128" />
        <source>Segmentation</source>
        <translation type="unfinished">분할</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="131" />
        <source>The segmentation model; its card is shown below</source>
        <translation type="unfinished">분할 모델. 모델 카드가 아래에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="151" />
        <source>Where the model runs: the GPU when LibTorch has CUDA, the CPU otherwise</source>
        <translation type="unfinished">모델 실행 장치: LibTorch가 CUDA를 지원하면 GPU, 아니면 CPU</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="152" />
        <source>Force CPU</source>
        <translation type="unfinished">CPU 강제 사용</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="153" />
        <source>Run on the CPU even when a GPU is available</source>
        <translation type="unfinished">GPU를 사용할 수 있어도 CPU에서 실행합니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="171" />
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;annotation</source>
        <translation type="unfinished">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI 예측(미결정) &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;주석</translation>
    </message>
    <message>
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt; annotation</source>
        <translation type="obsolete">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI 예측(미결정) &amp;nbsp; &lt;b&gt;——&lt;/b&gt; 주석</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="173" />
        <source>Accepted contours keep the model's name and version as their source</source>
        <translation type="unfinished">수락한 윤곽선에는 모델 이름과 버전이 출처로 남습니다</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="178" />
        <source>AI contours on this frame; select one to decide on it alone</source>
        <translation type="unfinished">이 프레임의 AI 윤곽선. 하나만 따로 결정하려면 선택하십시오</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="188" />
        <source>CTS grade</source>
        <translation type="unfinished">CTS 등급</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="191" />
        <source>The grading model: binary (CTS or not) or 4-level severity</source>
        <translation type="unfinished">등급 판정 모델: 이진(CTS 여부) 또는 4단계 중증도</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="254" />
        <source>Failed: %1</source>
        <translation type="unfinished">실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="255" />
        <location filename="../ui/ai/AiPanel.cpp" line="345" />
        <source>Runs on: %1</source>
        <translation type="unfinished">실행 장치: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="308" />
        <source>No model installed: see the README's section on models.</source>
        <translation type="unfinished">설치된 모델이 없습니다. README의 모델 섹션을 참조하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="327" />
        <source>%1, %2 parameters, input %3×%4</source>
        <translation type="unfinished">%1, 매개변수 %2개, 입력 %3×%4</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="344" />
        <source>Runs on: chosen when the model first runs</source>
        <translation type="unfinished">실행 장치: 모델을 처음 실행할 때 결정</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="373" />
        <source>AI %1 · confidence %2% · %3</source>
        <translation type="unfinished">AI %1 · 신뢰도 %2% · %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="375" />
        <source>%1
Outlined by %2 %3.</source>
        <translation type="unfinished">%1
윤곽선: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="385" />
        <source>No nerve found on this frame by %1.</source>
        <translation type="unfinished">%1이(가) 이 프레임에서 신경을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>Create a workspace folder where annotations are stored as you make them</source>
        <translation type="unfinished">주석을 작성하는 즉시 저장할 작업 공간 폴더를 만듭니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="13" />
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished">작업 공간 열기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="14" />
        <source>Open a workspace folder to annotate studies in it</source>
        <translation type="unfinished">작업 공간 폴더를 열어 그 안의 검사에 주석을 작성합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>&amp;Navigate</source>
        <translation type="unfinished">탐색(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>Pan and zoom; no contour tool</source>
        <translation type="unfinished">이동 및 확대/축소(윤곽선 도구 없음)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="19" />
        <source>&amp;Polygon</source>
        <translation type="unfinished">다각형(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="20" />
        <source>Click the vertices; double-click, click the first vertex or press Enter to close; Esc cancels</source>
        <translation type="unfinished">꼭짓점을 클릭합니다. 닫으려면 더블클릭하거나 첫 꼭짓점을 클릭하거나 Enter 키를 누르십시오. Esc 키로 취소합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Free&amp;hand</source>
        <translation type="unfinished">자유 곡선(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Drag around the nerve; release to close</source>
        <translation type="unfinished">신경 둘레를 드래그하고, 버튼을 놓으면 닫힙니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="22" />
        <source>&amp;Ellipse</source>
        <translation type="unfinished">타원(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="23" />
        <source>Drag the bounding box of an ellipse; then drag its axis handles to resize it and the round handle to rotate it (Shift: 15° steps)</source>
        <translation type="unfinished">타원의 경계 상자를 드래그한 다음, 축 핸들을 드래그하여 크기를 조절하고 둥근 핸들을 드래그하여 회전합니다(Shift: 15° 단위)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="25" />
        <source>Edit &amp;Contours</source>
        <translation type="unfinished">윤곽선 편집(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="26" />
        <source>Click to select; drag a vertex or the whole contour; double-click an edge to add a vertex; Delete removes the selected vertex or contour</source>
        <translation type="unfinished">클릭하여 선택하고 꼭짓점이나 윤곽선 전체를 드래그합니다. 변을 더블클릭하면 꼭짓점이 추가되고, Delete 키를 누르면 선택한 꼭짓점이나 윤곽선이 삭제됩니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="28" />
        <source>&amp;Brush</source>
        <translation type="unfinished">브러시(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="29" />
        <source>Paint onto the contour under the brush (or a new one on empty image); the outline follows. [ and ] change the brush size</source>
        <translation type="unfinished">브러시 아래의 윤곽선에 칠합니다(빈 영역에서는 새 윤곽선). 윤곽선이 칠한 영역을 따라갑니다. [ 와 ] 키로 브러시 크기를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="31" />
        <source>E&amp;raser</source>
        <translation type="unfinished">지우개(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="32" />
        <source>Erase from the contour under the brush; cutting it in two gives two contours of one label, erasing all of it deletes it. [ and ] change the size</source>
        <translation type="unfinished">브러시 아래의 윤곽선을 지웁니다. 둘로 나누면 같은 레이블의 윤곽선 두 개가 되고, 전부 지우면 윤곽선이 삭제됩니다. [ 와 ] 키로 크기를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="34" />
        <source>Navigate</source>
        <translation type="unfinished">탐색</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="35" />
        <source>Brush</source>
        <translation type="unfinished">브러시</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="36" />
        <source>Eraser</source>
        <translation type="unfinished">지우개</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="37" />
        <source>Polygon</source>
        <translation type="unfinished">다각형</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="38" />
        <source>Freehand</source>
        <translation type="unfinished">자유 곡선</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="39" />
        <source>Ellipse</source>
        <translation type="unfinished">타원</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="40" />
        <source>Edit</source>
        <translation type="unfinished">편집</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>&amp;Undo</source>
        <translation type="unfinished">실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>Undo the last annotation edit</source>
        <translation type="unfinished">마지막 주석 편집을 취소합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="48" />
        <source>&amp;Redo</source>
        <translation type="unfinished">다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="49" />
        <source>Redo the annotation edit that was undone</source>
        <translation type="unfinished">취소한 주석 편집을 다시 실행합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="50" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Undo</source>
        <translation type="unfinished">실행 취소</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="51" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Redo</source>
        <translation type="unfinished">다시 실행</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="55" />
        <source>&amp;Copy Contour to Next Frame</source>
        <translation type="unfinished">윤곽선을 다음 프레임에 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="56" />
        <source>Copy the selected contour (none selected: all of yours on this frame) to the next frame and show it; one undo step</source>
        <translation type="unfinished">선택한 윤곽선(선택하지 않으면 이 프레임의 내 윤곽선 전체)을 다음 프레임에 복사하고 표시합니다. 한 번에 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="58" />
        <source>Copy to Next</source>
        <translation type="unfinished">다음에 복사</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="61" />
        <source>&amp;Interpolate Between Key Frames</source>
        <translation type="unfinished">키 프레임 사이 보간(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="62" />
        <source>Fill the frames between your key frames (manual or corrected contours) before and after this frame with interpolated contours, drawn dashed until you edit them; one undo step</source>
        <translation type="unfinished">이 프레임 앞뒤의 키 프레임(직접 그리거나 수정한 윤곽선) 사이의 프레임을 보간 윤곽선으로 채웁니다. 보간 윤곽선은 편집하기 전까지 점선으로 표시됩니다. 한 번에 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="64" />
        <source>Interpolate</source>
        <translation type="unfinished">보간</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="73" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="93" />
        <source>Close the polygon	Enter, double-click, click the first vertex</source>
        <translation type="unfinished">다각형 닫기	Enter, 더블클릭, 첫 꼭짓점 클릭</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="94" />
        <source>Cancel the contour being drawn	Esc</source>
        <translation type="unfinished">그리는 중인 윤곽선 취소	Esc</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="95" />
        <source>Delete the selected vertex or contour	Delete</source>
        <translation type="unfinished">선택한 꼭짓점 또는 윤곽선 삭제	Delete</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="96" />
        <source>Smaller / larger brush (brush or eraser in hand)	[, ]</source>
        <translation type="unfinished">브러시 작게 / 크게(브러시 또는 지우개 사용 중)	[, ]</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="97" />
        <source>Rotate in 15° steps (rotation handle)	Shift+drag</source>
        <translation type="unfinished">15° 단위로 회전(회전 핸들)	Shift+드래그</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="34" />
        <location filename="../ui/annotation/AnnotationController.cpp" line="39" />
        <source>Measurements</source>
        <translation type="unfinished">측정</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="38" />
        <source>Show or hide the contour measurements of this frame</source>
        <translation type="unfinished">이 프레임의 윤곽선 측정값 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="44" />
        <source>Area Along Cine</source>
        <translation type="unfinished">시네 전체 면적</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="48" />
        <source>Show or hide the nerve area of your contours along the cine</source>
        <translation type="unfinished">시네 전체에 걸친 내 윤곽선의 신경 면적 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="49" />
        <source>Area Plot</source>
        <translation type="unfinished">면적 그래프</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="79" />
        <source>Brush radius %1 px ([ smaller, ] larger)</source>
        <translation type="unfinished">브러시 반경 %1 px ([ 작게, ] 크게)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="93" />
        <source>Annotation Not Stored</source>
        <translation type="unfinished">주석이 저장되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="95" />
        <source>The workspace keeps its last good state.</source>
        <translation type="unfinished">작업 공간은 마지막 정상 상태를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="107" />
        <source>Annotations of this study are stored in the workspace %1.</source>
        <translation type="unfinished">이 검사의 주석은 작업 공간 %1에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="127" />
        <source>This is the last frame: there is no next frame to copy to</source>
        <translation type="unfinished">마지막 프레임입니다. 복사할 다음 프레임이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="128" />
        <source>No contour of yours on this frame to copy</source>
        <translation type="unfinished">이 프레임에 복사할 내 윤곽선이 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="133" />
        <source>Interpolation needs a cine of at least three frames</source>
        <translation type="unfinished">보간하려면 시네에 프레임이 3개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished">%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo</source>
        <translation type="unfinished">실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished">%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo</source>
        <translation type="unfinished">다시 실행(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationController.cpp" line="149" />
        <source>Copied %n contour(s) to frame %1.</source>
        <translation type="unfinished">
            <numerusform>윤곽선 %n개를 프레임 %1에 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="160" />
        <source>Interpolate Between Key Frames</source>
        <translation type="unfinished">키 프레임 사이 보간</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="188" />
        <source>New Workspace: choose an empty folder</source>
        <translation type="unfinished">새 작업 공간: 빈 폴더를 선택하십시오</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="192" />
        <source>Cannot Create Workspace</source>
        <translation type="unfinished">작업 공간을 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="195" />
        <source>Workspace %1 created.</source>
        <translation type="unfinished">작업 공간 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="200" />
        <source>Open Workspace</source>
        <translation type="unfinished">작업 공간 열기</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="204" />
        <source>Cannot Open Workspace</source>
        <translation type="unfinished">작업 공간을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="208" />
        <source>Workspace %1 is open read-only: %2</source>
        <translation type="unfinished">작업 공간 %1이(가) 읽기 전용으로 열렸습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="209" />
        <source>Workspace %1 opened.</source>
        <translation type="unfinished">작업 공간 %1을(를) 열었습니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationSession</name>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="128" />
        <source>Cannot create a workspace in %1.</source>
        <translation type="unfinished">%1에 작업 공간을 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="138" />
        <source>Cannot open the workspace %1.</source>
        <translation type="unfinished">작업 공간 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="215" />
        <location filename="../ui/annotation/AnnotationSession.cpp" line="242" />
        <source>The study could not be added to the workspace: %1</source>
        <translation type="unfinished">검사를 작업 공간에 추가할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="235" />
        <source>Annotation needs a workspace: choose File &gt; New Workspace… or Open Workspace…. Every edit is stored there as you make it.</source>
        <translation type="unfinished">주석을 작성하려면 작업 공간이 필요합니다. 파일 &gt; 새 작업 공간… 또는 작업 공간 열기…를 선택하십시오. 모든 편집 내용은 즉시 그곳에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="238" />
        <source>The workspace is open read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용으로 열려 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="240" />
        <source>Open a study to annotate it.</source>
        <translation type="unfinished">주석을 작성하려면 검사를 여십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Eraser stroke</source>
        <translation type="unfinished">지우개 획</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Brush stroke</source>
        <translation type="unfinished">브러시 획</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="294" />
        <source>Finish the contour being drawn first.</source>
        <translation type="unfinished">그리는 중인 윤곽선을 먼저 완료하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="305" />
        <source>Interpolate Frames %1–%2</source>
        <translation type="unfinished">프레임 %1–%2 보간</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="307" />
        <source>Every frame between key frames %1 and %2 holds a model's contours; nothing was interpolated.</source>
        <translation type="unfinished">키 프레임 %1, %2 사이의 모든 프레임에 모델 윤곽선이 있어 보간하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="314" />
        <source>Interpolated %n frame(s) between key frames %1 and %2.</source>
        <translation type="unfinished">
            <numerusform>키 프레임 %1, %2 사이의 프레임 %n개를 보간했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="316" />
        <source>%n frame(s) with a model's contours were left as they are.</source>
        <translation type="unfinished">
            <numerusform>모델 윤곽선이 있는 프레임 %n개는 그대로 두었습니다.</numerusform>
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
mm² 없음: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="379" />
        <source>Copy %n Contour(s) to Frame %1</source>
        <translation type="unfinished">
            <numerusform>윤곽선 %n개를 프레임 %1에 복사</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::AreaPlot</name>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="25" />
        <source>Frame</source>
        <translation type="unfinished">프레임</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="27" />
        <source>Nerve area of your contours per frame (summed where there are several); click to show the nearest annotated frame</source>
        <translation type="unfinished">프레임별 내 윤곽선의 신경 면적(여러 개면 합계). 클릭하면 가장 가까운 주석 프레임을 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (mm²)</source>
        <translation type="unfinished">면적(mm²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (px²)</source>
        <translation type="unfinished">면적(px²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="134" />
        <source>No contours of yours in this study yet.</source>
        <translation type="unfinished">이 검사에 아직 내 윤곽선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="136" />
        <source>In px²: not every contour lies in one calibrated region.</source>
        <translation type="unfinished">px² 단위: 일부 윤곽선이 하나의 보정 영역 안에 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AuditLogView</name>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="29" />
        <source>Show the changes of one study only</source>
        <translation type="unfinished">한 검사의 변경 내역만 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="30" />
        <source>Show the changes of one rater only</source>
        <translation type="unfinished">한 평가자의 변경 내역만 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="34" />
        <source>Refresh</source>
        <translation type="unfinished">새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="35" />
        <source>Read the audit log from the workspace again</source>
        <translation type="unfinished">작업 공간에서 감사 로그를 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="37" />
        <source>Study:</source>
        <translation type="unfinished">검사:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="40" />
        <source>Rater:</source>
        <translation type="unfinished">평가자:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>When</source>
        <translation type="unfinished">시각</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Rater</source>
        <translation type="unfinished">평가자</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Study</source>
        <translation type="unfinished">검사</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Frame</source>
        <translation type="unfinished">프레임</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Action</source>
        <translation type="unfinished">동작</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Change</source>
        <translation type="unfinished">변경 내용</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="86" />
        <source>All studies</source>
        <translation type="unfinished">모든 검사</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="87" />
        <source>All raters</source>
        <translation type="unfinished">모든 평가자</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="90" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="142" />
        <source>Open a workspace to see who changed what and when.</source>
        <translation type="unfinished">누가 언제 무엇을 변경했는지 보려면 작업 공간을 여십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="159" />
        <source>study</source>
        <translation type="unfinished">검사</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="166" />
        <source>%1 UTC</source>
        <translation type="unfinished">%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="170" />
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished">감사 로그를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="171" />
        <source>The newest %1 changes are shown; filter to see older ones.</source>
        <translation type="unfinished">최근 변경 %1건을 표시합니다. 이전 내역을 보려면 필터를 사용하십시오.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AuditLogView.cpp" line="172" />
        <source>%n change(s), newest first. Frames are numbered from 1.</source>
        <translation type="unfinished">
            <numerusform>변경 %n건, 최신순. 프레임 번호는 1부터 시작합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::CineControls</name>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="34" />
        <source>Previous frame (Left arrow)</source>
        <translation type="unfinished">이전 프레임(왼쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="36" />
        <source>Play / pause (Space)</source>
        <translation type="unfinished">재생 / 일시정지(Space)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="38" />
        <source>Next frame (Right arrow)</source>
        <translation type="unfinished">다음 프레임(오른쪽 화살표)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="42" />
        <source>Frame (Home: first, End: last)</source>
        <translation type="unfinished">프레임(Home: 처음, End: 마지막)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="47" />
        <source>Current frame / number of frames</source>
        <translation type="unfinished">현재 프레임 / 전체 프레임 수</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="52" />
        <source>Frame rate of the study</source>
        <translation type="unfinished">검사의 프레임 속도</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="55" />
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished">재생 속도([ 느리게, ] 빠르게)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="58" />
        <source>%1x</source>
        <translation type="unfinished">%1x</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="61" />
        <source>Loop playback (L)</source>
        <translation type="unfinished">반복 재생(L)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="62" />
        <source>Loop</source>
        <translation type="unfinished">반복</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps (assumed)</source>
        <translation type="unfinished">%1 fps(추정)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Pause (Space)</source>
        <translation type="unfinished">일시정지(Space)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Play (Space)</source>
        <translation type="unfinished">재생(Space)</translation>
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
        <translation type="unfinished">정상</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Mild CTS</source>
        <translation type="unfinished">경도 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Moderate CTS</source>
        <translation type="unfinished">중등도 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Severe CTS</source>
        <translation type="unfinished">중증 CTS</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>CTS, severity not graded</source>
        <translation type="unfinished">CTS, 중증도 미판정</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="47" />
        <source>Your grade of this study (modified Canterbury scale)</source>
        <translation type="unfinished">이 검사에 대한 내 등급(수정 Canterbury 척도)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="50" />
        <source>Record My Grade</source>
        <translation type="unfinished">내 등급 기록</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="52" />
        <source>Store the chosen grade as yours (Ctrl+Shift+G; Ctrl+Z takes it back). Exports and training use grades people gave, never a model's.</source>
        <translation type="unfinished">선택한 등급을 내 등급으로 저장합니다(Ctrl+Shift+G, Ctrl+Z로 취소). 내보내기와 학습에는 모델이 아닌 사람이 매긴 등급만 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="95" />
        <source>Grades are kept in a workspace: open or create one to record yours.</source>
        <translation type="unfinished">등급은 작업 공간에 저장됩니다. 등급을 기록하려면 작업 공간을 열거나 만드십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="109" />
        <source>Recorded grade: &lt;b&gt;%1&lt;/b&gt;, by %2 on %3.</source>
        <translation type="unfinished">기록된 등급: &lt;b&gt;%1&lt;/b&gt;(%2, %3).</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="107" />
        <source>No grade recorded by a person yet.</source>
        <translation type="unfinished">아직 사람이 기록한 등급이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="112" />
        <source>Recorded grade for the %1: &lt;b&gt;%2&lt;/b&gt;, by %3 on %4.</source>
        <translation type="unfinished">%1의 기록된 등급: &lt;b&gt;%2&lt;/b&gt;(%3, %4).</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="115" />
        <source>Model's grade: %1, by %2 %3 (not a label until a person records it).</source>
        <translation type="unfinished">모델 등급: %1(%2 %3). 사람이 기록하기 전까지는 레이블이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::ColourBar</name>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="14" />
        <source>drop in log-odds when hidden</source>
        <translation type="unfinished">가렸을 때 로그 오즈 감소량</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="15" />
        <source>drop in probability when hidden</source>
        <translation type="unfinished">가렸을 때 확률 감소량</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="16" />
        <source>surrogate weight</source>
        <translation type="unfinished">대리 모델 가중치</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="17" />
        <source>Grad-CAM activation</source>
        <translation type="unfinished">Grad-CAM 활성화</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="24" />
        <source>Colour scale of the heatmap: red = strongest support for the explained score</source>
        <translation type="unfinished">히트맵 색상 척도: 빨간색 = 설명 대상 점수를 가장 강하게 뒷받침하는 영역</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="54" />
        <source>no heatmap</source>
        <translation type="unfinished">히트맵 없음</translation>
    </message>
</context>
<context>
    <name>ns::ui::DataFilterBox</name>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="28" />
        <source>Task default</source>
        <translation type="unfinished">작업 기본값</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="29" />
        <source>Wrist (transverse)</source>
        <translation type="unfinished">손목(횡단면)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="30" />
        <source>Forearm (transverse)</source>
        <translation type="unfinished">전완(횡단면)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="31" />
        <source>Longitudinal</source>
        <translation type="unfinished">종단면</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="32" />
        <source>Frames of this view in the manifest (frames with no view, as in workspace exports, always count)</source>
        <translation type="unfinished">매니페스트에서 이 단면의 프레임(작업 공간 내보내기처럼 단면 정보가 없는 프레임은 항상 포함)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="33" />
        <source>&amp;View:</source>
        <translation type="unfinished">단면(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="35" />
        <source>every rater</source>
        <translation type="unfinished">모든 평가자</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="36" />
        <source>Only these raters' contours, comma-separated (workspace annotations)</source>
        <translation type="unfinished">이 평가자들의 윤곽선만 사용, 쉼표로 구분(작업 공간 주석)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="37" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">평가자(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="39" />
        <source>every scanner</source>
        <translation type="unfinished">모든 스캐너</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="40" />
        <source>Only studies from these scanner models (the DICOM Manufacturer's Model Name), comma-separated</source>
        <translation type="unfinished">이 스캐너 모델(DICOM Manufacturer's Model Name)의 검사만 사용, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="41" />
        <source>S&amp;canners:</source>
        <translation type="unfinished">스캐너(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="42" />
        <source>Approved frames only</source>
        <translation type="unfinished">승인된 프레임만</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="43" />
        <source>Leave out frames nobody has approved yet</source>
        <translation type="unfinished">아직 아무도 승인하지 않은 프레임은 제외합니다</translation>
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
        <translation type="unfinished">데이터 세트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="31" />
        <source>Export the workspace's labelled frames as PNG, COCO, nnU-Net, DICOM SEG/SR or CSV</source>
        <translation type="unfinished">작업 공간의 레이블 있는 프레임을 PNG, COCO, nnU-Net, DICOM SEG/SR 또는 CSV로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="32" />
        <source>&amp;Import Dataset…</source>
        <translation type="unfinished">데이터 세트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="33" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace</source>
        <translation type="unfinished">PNG, COCO 또는 nnU-Net 데이터 세트 폴더를 작업 공간으로 가져옵니다</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="50" />
        <source>Open a workspace first (File &gt; Open Workspace)</source>
        <translation type="unfinished">먼저 작업 공간을 여십시오(파일 &gt; 작업 공간 열기)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="52" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">작업 공간이 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="54" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace (%1)</source>
        <translation type="unfinished">PNG, COCO 또는 nnU-Net 데이터 세트 폴더를 작업 공간으로 가져옵니다(%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="83" />
        <source>Dataset exported to %1</source>
        <translation type="unfinished">데이터 세트를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="106" />
        <source>Dataset imported into %1</source>
        <translation type="unfinished">데이터 세트를 %1(으)로 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>ns::ui::DatasetJobDialog</name>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Cancel</source>
        <translation type="unfinished">취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Close</source>
        <translation type="unfinished">닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="69" />
        <source>Cancelling…</source>
        <translation type="unfinished">취소하는 중…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainController</name>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="47" />
        <source>No model to explain is installed. See the README's section on models.</source>
        <translation type="unfinished">설명할 모델이 설치되어 있지 않습니다. README의 모델 섹션을 참조하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="53" />
        <source>Loading the model…</source>
        <translation type="unfinished">모델 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="55" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="73" />
        <source>Explain</source>
        <translation type="unfinished">설명</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>E&amp;xplain Frame</source>
        <translation type="unfinished">프레임 설명(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>Show where the model looked on the frame on screen</source>
        <translation type="unfinished">화면의 프레임에서 모델이 주목한 위치를 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Cancel Explanation</source>
        <translation type="unfinished">설명 취소</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Stop the running explanation</source>
        <translation type="unfinished">실행 중인 설명을 중지합니다</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show &amp;Heatmap</source>
        <translation type="unfinished">히트맵 표시(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show or hide the heatmap over the frame</source>
        <translation type="unfinished">프레임 위의 히트맵 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="67" />
        <source>The model whose decision is explained: a CTS grader or the nerve segmenter</source>
        <translation type="unfinished">판단을 설명할 모델: CTS 등급 판정 모델 또는 신경 분할 모델</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="68" />
        <source>Model</source>
        <translation type="unfinished">모델</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="72" />
        <source>The score explained: a class of the grader, or for a segmenter the mean nerve probability inside the nerve it finds</source>
        <translation type="unfinished">설명할 점수: 등급 판정 모델의 클래스, 또는 분할 모델의 경우 찾아낸 신경 내부의 평균 신경 확률</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="76" />
        <source>Occlusion: hide 16-pixel windows and record the drop in score. LIME: fit a linear model to random superpixel masks. Grad-CAM: gradient-weighted last convolutional block (coarse).</source>
        <translation type="unfinished">가림: 16픽셀 창으로 가리고 점수 감소량을 기록합니다. LIME: 무작위 슈퍼픽셀 마스크에 선형 모델을 적합합니다. Grad-CAM: 기울기로 가중한 마지막 합성곱 블록(저해상도).</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="78" />
        <source>Method</source>
        <translation type="unfinished">방법</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="80" />
        <source>No comparison</source>
        <translation type="unfinished">비교 안 함</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="82" />
        <source>Run a second method and show both side by side</source>
        <translation type="unfinished">두 번째 방법을 실행하여 나란히 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="83" />
        <source>Compare with</source>
        <translation type="unfinished">비교 대상</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="98" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="109" />
        <source>Heatmap</source>
        <translation type="unfinished">히트맵</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="113" />
        <source>Opacity</source>
        <translation type="unfinished">불투명도</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="117" />
        <source>How strongly the heatmap covers the frame</source>
        <translation type="unfinished">히트맵이 프레임을 덮는 정도</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="123" />
        <source>Export PNG…</source>
        <translation type="unfinished">PNG 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="124" />
        <source>Save the frame with the heatmap over it as an image</source>
        <translation type="unfinished">히트맵을 겹친 프레임을 이미지로 저장합니다</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="125" />
        <source>Export TIFF…</source>
        <translation type="unfinished">TIFF 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="126" />
        <source>Save the raw heatmap values (32-bit float, frame size) for analysis</source>
        <translation type="unfinished">분석용으로 원시 히트맵 값(32비트 float, 프레임 크기)을 저장합니다</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>Export heatmap overlay</source>
        <translation type="unfinished">히트맵 오버레이 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished">PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Export raw heatmap</source>
        <translation type="unfinished">원시 히트맵 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Float TIFF (*.tiff *.tif)</source>
        <translation type="unfinished">Float TIFF (*.tiff *.tif)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="172" />
        <source>Explanation cancelled.</source>
        <translation type="unfinished">설명이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="174" />
        <source>Failed: %1</source>
        <translation type="unfinished">실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="240" />
        <source>Nerve (mean probability inside the predicted nerve)</source>
        <translation type="unfinished">신경(예측된 신경 내부의 평균 확률)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="243" />
        <source>Predicted class</source>
        <translation type="unfinished">예측 클래스</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="246" />
        <source>Class: %1</source>
        <translation type="unfinished">클래스: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="287" />
        <source>Done</source>
        <translation type="unfinished">완료</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="288" />
        <source>%1 of %2 for "%3" (%4) on frame %5: %6 model evaluations in %7 s on %8. %9</source>
        <translation type="unfinished">프레임 %5, %2의 "%3" %1(%4): %8에서 모델 평가 %6회, %7초. %9</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="308" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="319" />
        <source>No heatmap to export yet.</source>
        <translation type="unfinished">아직 내보낼 히트맵이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="311" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="322" />
        <source>Saved %1</source>
        <translation type="unfinished">저장됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="340" />
        <source>The heatmap belongs to frame %1; explain this frame to see its own.</source>
        <translation type="unfinished">이 히트맵은 프레임 %1의 것입니다. 현재 프레임의 히트맵을 보려면 이 프레임을 설명하십시오.</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="20" />
        <source>Export Dataset</source>
        <translation type="unfinished">데이터 세트 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="22" />
        <source>Export the labelled frames of the workspace &lt;b&gt;%1&lt;/b&gt; as a dataset.</source>
        <translation type="unfinished">작업 공간 &lt;b&gt;%1&lt;/b&gt;의 레이블 있는 프레임을 데이터 세트로 내보냅니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="32" />
        <source>Open &amp;Folder</source>
        <translation type="unfinished">폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="33" />
        <source>Show the exported folder in the file manager</source>
        <translation type="unfinished">내보낸 폴더를 파일 관리자에서 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>&amp;Export</source>
        <translation type="unfinished">내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>Write the dataset into the output folder (Enter)</source>
        <translation type="unfinished">데이터 세트를 출력 폴더에 저장합니다(Enter)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="38" />
        <source>Close the dialog (Esc); while exporting, stop the export and write nothing</source>
        <translation type="unfinished">대화 상자를 닫습니다(Esc). 내보내는 중이면 내보내기를 중지하고 아무것도 저장하지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="60" />
        <source>Exporting…</source>
        <translation type="unfinished">내보내는 중…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">내보내기가 취소되었습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export failed: %1</source>
        <translation type="unfinished">내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="84" />
        <source>Exported %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>내보낸 프레임 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n contour(s)</source>
        <translation type="unfinished">
            <numerusform>윤곽선 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="86" />
        <source>%n stud(ies)</source>
        <translation type="unfinished">
            <numerusform>검사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="89" />
        <source>Skipped: %1</source>
        <translation type="unfinished">건너뜀: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportOptionsForm</name>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="32" />
        <source>PNG images and masks with a manifest (JSON and CSV); trainable in NerveScope.</source>
        <translation type="unfinished">매니페스트(JSON 및 CSV)가 포함된 PNG 이미지와 마스크. NerveScope에서 학습에 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="33" />
        <source>PNG images with one COCO JSON file of nerve polygons.</source>
        <translation type="unfinished">PNG 이미지와 신경 다각형이 담긴 COCO JSON 파일 하나.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="34" />
        <source>nnU-Net v2 raw layout: imagesTr, labelsTr and dataset.json.</source>
        <translation type="unfinished">nnU-Net v2 raw 구조: imagesTr, labelsTr, dataset.json.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="35" />
        <source>One CSV row per contour with its area, perimeter and grade; no images.</source>
        <translation type="unfinished">윤곽선마다 면적, 둘레, 등급을 담은 CSV 행 하나. 이미지는 포함하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="36" />
        <source>DICOM Segmentation per study and rater, referencing its source frames; DICOM studies only.</source>
        <translation type="unfinished">검사 및 평가자별로 원본 프레임을 참조하는 DICOM Segmentation. DICOM 검사만 해당합니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="37" />
        <source>DICOM SR (TID 1500) with the nerve area in mm² per frame; DICOM studies only.</source>
        <translation type="unfinished">프레임별 신경 면적(mm²)을 담은 DICOM SR(TID 1500). DICOM 검사만 해당합니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="53" />
        <source>The layout of the exported dataset</source>
        <translation type="unfinished">내보낼 데이터 세트의 구조</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="60" />
        <source>&amp;Format:</source>
        <translation type="unfinished">형식(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportOptionsForm.cpp" line="65" />
        <source>All studies in the workspace (%n)</source>
        <translation type="unfinished">
            <numerusform>작업 공간의 모든 검사(%n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="67" />
        <source>Only the study selected in the browser: %1</source>
        <translation type="unfinished">검사 목록에서 선택한 검사만: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="68" />
        <source>Export every study, or only the one selected in the Studies panel</source>
        <translation type="unfinished">모든 검사를 내보내거나 검사 패널에서 선택한 검사만 내보냅니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="69" />
        <source>&amp;Studies:</source>
        <translation type="unfinished">검사(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="77" />
        <source>Whose contours to export; every rater is ticked by default</source>
        <translation type="unfinished">내보낼 윤곽선의 평가자. 기본적으로 모든 평가자가 선택되어 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="81" />
        <source>(no contours in this workspace yet)</source>
        <translation type="unfinished">(이 작업 공간에 아직 윤곽선이 없음)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="84" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">평가자(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="86" />
        <source>&amp;Approved frames only</source>
        <translation type="unfinished">승인된 프레임만(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="87" />
        <source>Only frames (or whole studies) a reviewer approved</source>
        <translation type="unfinished">검토자가 승인한 프레임(또는 검사 전체)만</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="88" />
        <source>Include &amp;interpolated contours</source>
        <translation type="unfinished">보간 윤곽선 포함(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="89" />
        <source>Also export contours interpolated between key frames that nobody corrected</source>
        <translation type="unfinished">키 프레임 사이에 보간된 후 아무도 수정하지 않은 윤곽선도 내보냅니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="94" />
        <source>Contours:</source>
        <translation type="unfinished">윤곽선:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="96" />
        <source>S&amp;plit by patient:</source>
        <translation type="unfinished">환자 단위 분할(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="98" />
        <source>&amp;De-identify (pseudonymous patient IDs, no names, paths or file names)</source>
        <translation type="unfinished">비식별화(가명 환자 ID, 이름·경로·파일 이름 제외)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="100" />
        <source>Replace patient IDs with workspace pseudonyms and apply the DICOM PS3.15 basic profile to DICOM copies</source>
        <translation type="unfinished">환자 ID를 작업 공간 가명으로 바꾸고 DICOM 사본에 DICOM PS3.15 기본 프로필을 적용합니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="101" />
        <source>⚠ Without de-identification the export contains patient identifiers. Share it only where that is allowed.</source>
        <translation type="unfinished">⚠ 비식별화하지 않으면 내보낸 데이터에 환자 식별 정보가 포함됩니다. 허용된 경우에만 공유하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="109" />
        <source>Privacy:</source>
        <translation type="unfinished">개인정보:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="112" />
        <source>Shift by a fixed offset per patient (keeps intervals)</source>
        <translation type="unfinished">환자별 고정 오프셋만큼 이동(간격 유지)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="113" />
        <source>Remove</source>
        <translation type="unfinished">삭제</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="114" />
        <source>What happens to dates in DICOM exports (the other formats write no dates)</source>
        <translation type="unfinished">DICOM 내보내기에서 날짜 처리 방법(다른 형식은 날짜를 기록하지 않음)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="115" />
        <source>Da&amp;tes:</source>
        <translation type="unfinished">날짜(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="117" />
        <source>&amp;Burned-in text:</source>
        <translation type="unfinished">새겨진 텍스트(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="118" />
        <source>&amp;Output folder:</source>
        <translation type="unfinished">출력 폴더(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Train</source>
        <translation type="unfinished">학습</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Share of patients in the training split</source>
        <translation type="unfinished">학습 세트의 환자 비율</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Val</source>
        <translation type="unfinished">검증</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Share of patients in the validation split</source>
        <translation type="unfinished">검증 세트의 환자 비율</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Test</source>
        <translation type="unfinished">테스트</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Share of patients in the test split</source>
        <translation type="unfinished">테스트 세트의 환자 비율</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="154" />
        <source>Keep</source>
        <translation type="unfinished">유지</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="155" />
        <source>Black out outside the ultrasound regions</source>
        <translation type="unfinished">초음파 영역 바깥 가리기</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="156" />
        <source>Black out a rectangle</source>
        <translation type="unfinished">사각형 영역 가리기</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="157" />
        <source>Scanners burn names and dates into the image; black them out in the exported pixels</source>
        <translation type="unfinished">스캐너는 이름과 날짜를 이미지에 새겨 넣습니다. 내보내는 픽셀에서 이를 검게 가립니다</translation>
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
        <translation type="unfinished">가릴 사각형, 이미지 픽셀 단위(왼쪽 위 모서리의 X, Y와 W x H)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="185" />
        <source>A new or empty folder; it appears only when the export is complete</source>
        <translation type="unfinished">새 폴더 또는 빈 폴더. 내보내기가 완료된 후에야 나타납니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="188" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="189" />
        <source>Choose the output folder</source>
        <translation type="unfinished">출력 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="191" />
        <source>Export Into Folder</source>
        <translation type="unfinished">내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="265" />
        <source>Choose an output folder.</source>
        <translation type="unfinished">출력 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="268" />
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished">%1이(가) 이미 있으며 비어 있지 않습니다. 새 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="270" />
        <source>The training split needs some patients.</source>
        <translation type="unfinished">학습 세트에 환자가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="275" />
        <source>Tick at least one rater.</source>
        <translation type="unfinished">평가자를 한 명 이상 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>ns::ui::FrameMarkSlider</name>
    <message>
        <location filename="../ui/viewer/FrameMarkSlider.cpp" line="87" />
        <source>Frame %1: %2</source>
        <translation type="unfinished">프레임 %1: %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::GradeView</name>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="28" />
        <source>Frame</source>
        <translation type="unfinished">프레임</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="29" />
        <source>Per-frame result; click a point to show its frame.</source>
        <translation type="unfinished">프레임별 결과. 점을 클릭하면 해당 프레임을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="42" />
        <source>Not graded yet. Choose a grader and press Grade Study.</source>
        <translation type="unfinished">아직 등급을 판정하지 않았습니다. 등급 판정 모델을 선택하고 검사 등급 판정을 누르십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="56" />
        <source>Not graded: %1</source>
        <translation type="unfinished">등급 미판정: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="66" />
        <source>Not graded: %1 found no nerve in any of the %2 frame(s) to look at.</source>
        <translation type="unfinished">등급 미판정: %1이(가) 프레임 %2개 중 어디에서도 신경을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="68" />
        <source>No nerve found yet: read %1 of %2 frame(s)…</source>
        <translation type="unfinished">아직 신경을 찾지 못했습니다: 프레임 %2개 중 %1개 읽음…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="74" />
        <source>&lt;b&gt;%1&lt;/b&gt; over %n frame(s), by %2 %3</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, 프레임 %n개 기준(%2 %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="75" />
        <source>%1: &lt;b&gt;%2&lt;/b&gt; over %n frame(s), by %3 %4</source>
        <translation type="unfinished">
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt;, 프레임 %n개 기준(%3 %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="80" />
        <source>%1 frame(s) without a nerve found were not graded.</source>
        <translation type="unfinished">신경을 찾지 못한 프레임 %1개는 등급을 판정하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="82" />
        <source>Still reading frames: %1 of %2…</source>
        <translation type="unfinished">프레임 읽는 중: %2개 중 %1개…</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="108" />
        <source>Mean probability of "%1" over the frames</source>
        <translation type="unfinished">프레임 전체에서 "%1"의 평균 확률</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>P(%1)</source>
        <translation type="unfinished">P(%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>Expected grade (0-3)</source>
        <translation type="unfinished">기대 등급(0-3)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImageView</name>
    <message>
        <location filename="../ui/viewer/ImageView.cpp" line="26" />
        <source>Wheel: zoom around the cursor. Drag (or middle-drag): pan.
Right-drag on a greyscale image: horizontal changes window width, vertical changes level.</source>
        <translation type="unfinished">휠: 커서 위치를 중심으로 확대/축소. 드래그(또는 가운데 버튼 드래그): 화면 이동.
회색조 이미지에서 오른쪽 버튼 드래그: 가로는 윈도우 폭, 세로는 레벨을 조정합니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImportDialog</name>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="25" />
        <source>Import Dataset</source>
        <translation type="unfinished">데이터 세트 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="27" />
        <source>Each image of the dataset becomes a study of the workspace &lt;b&gt;%1&lt;/b&gt;, its masks or polygons become contours. Nothing changes unless the whole import succeeds.</source>
        <translation type="unfinished">데이터 세트의 각 이미지는 작업 공간 &lt;b&gt;%1&lt;/b&gt;의 검사가 되고, 마스크나 다각형은 윤곽선이 됩니다. 가져오기 전체가 성공해야만 변경 사항이 반영됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="35" />
        <source>png — images, masks and manifest.json</source>
        <translation type="unfinished">png — 이미지, 마스크, manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="36" />
        <source>coco — images and a COCO JSON file</source>
        <translation type="unfinished">coco — 이미지와 COCO JSON 파일</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="37" />
        <source>nnunet — nnU-Net v2 raw (imagesTr, labelsTr)</source>
        <translation type="unfinished">nnunet — nnU-Net v2 raw(imagesTr, labelsTr)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="38" />
        <source>The layout of the dataset folder</source>
        <translation type="unfinished">데이터 세트 폴더의 구조</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="39" />
        <source>&amp;Format:</source>
        <translation type="unfinished">형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="42" />
        <source>The dataset folder to import</source>
        <translation type="unfinished">가져올 데이터 세트 폴더</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="43" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="44" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">데이터 세트 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="47" />
        <source>F&amp;older:</source>
        <translation type="unfinished">폴더(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>&amp;Import</source>
        <translation type="unfinished">가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>Import the folder into the workspace (Enter)</source>
        <translation type="unfinished">폴더를 작업 공간으로 가져옵니다(Enter)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="53" />
        <source>Close the dialog (Esc); while importing, stop and leave the workspace unchanged</source>
        <translation type="unfinished">대화 상자를 닫습니다(Esc). 가져오는 중이면 중지하고 작업 공간을 변경하지 않습니다</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="57" />
        <source>Import Dataset Folder</source>
        <translation type="unfinished">데이터 세트 폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>Choose the dataset folder.</source>
        <translation type="unfinished">데이터 세트 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>%1 is not a folder.</source>
        <translation type="unfinished">%1은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="76" />
        <source>Importing…</source>
        <translation type="unfinished">가져오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="96" />
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished">가져오기가 취소되었습니다. 작업 공간은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="97" />
        <source>Import failed; the workspace is unchanged: %1</source>
        <translation type="unfinished">가져오기에 실패했습니다. 작업 공간은 변경되지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="99" />
        <source>Imported %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>가져온 윤곽선 %n개:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="100" />
        <source>on %n new stud(ies)</source>
        <translation type="unfinished">
            <numerusform>새 검사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="102" />
        <source>and %n already in the workspace</source>
        <translation type="unfinished">
            <numerusform>및 작업 공간의 기존 검사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="105" />
        <source>%n frame(s) approved</source>
        <translation type="unfinished">
            <numerusform>프레임 %n개 승인됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="109" />
        <source>%n stud(ies) graded</source>
        <translation type="unfinished">
            <numerusform>검사 %n개 등급 판정됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::MainActions</name>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>Open a DICOM, video or image file</source>
        <translation type="unfinished">DICOM, 동영상 또는 이미지 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="12" />
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="13" />
        <source>Open a folder of images as one sequence</source>
        <translation type="unfinished">이미지 폴더를 하나의 시퀀스로 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>&amp;Clear Recent</source>
        <translation type="unfinished">최근 항목 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>Forget the list of recent studies</source>
        <translation type="unfinished">최근 검사 목록을 지웁니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>&amp;Close Study</source>
        <translation>검사 닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>Close the study and return to the start page</source>
        <translation type="unfinished">검사를 닫고 시작 페이지로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>Quit NerveScope</source>
        <translation type="unfinished">NerveScope를 종료합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>Show the whole image as large as the window allows</source>
        <translation type="unfinished">이미지 전체를 창에 맞게 최대한 크게 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>Actual &amp;Pixels (1:1)</source>
        <translation type="unfinished">실제 픽셀(1:1)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished">이미지 픽셀 하나를 화면 픽셀 하나로 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="21" />
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="22" />
        <source>Zoom in around the centre of the view</source>
        <translation type="unfinished">화면 중앙을 기준으로 확대합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="23" />
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="24" />
        <source>Zoom out around the centre of the view</source>
        <translation type="unfinished">화면 중앙을 기준으로 축소합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="25" />
        <source>Show &amp;Regions</source>
        <translation type="unfinished">영역 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="26" />
        <source>Outline the calibrated ultrasound regions of the image</source>
        <translation type="unfinished">이미지의 보정된 초음파 영역 윤곽을 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="28" />
        <source>Reset &amp;Window/Level</source>
        <translation type="unfinished">윈도우/레벨 초기화(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="29" />
        <source>Return to the study's own window/level</source>
        <translation type="unfinished">검사의 원래 윈도우/레벨로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="31" />
        <source>Open</source>
        <translation type="unfinished">열기</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="32" />
        <source>Fit</source>
        <translation type="unfinished">맞추기</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="33" />
        <source>1:1</source>
        <translation type="unfinished">1:1</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="34" />
        <source>Zoom +</source>
        <translation type="unfinished">확대</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="35" />
        <source>Zoom −</source>
        <translation type="unfinished">축소</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="36" />
        <source>Regions</source>
        <translation type="unfinished">영역</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="37" />
        <source>Reset W/L</source>
        <translation type="unfinished">W/L 초기화</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>&amp;Play / Pause</source>
        <translation>재생 / 일시정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>Play or pause the cine</source>
        <translation type="unfinished">시네를 재생하거나 일시정지합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>P&amp;revious Frame</source>
        <translation>이전 프레임(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>Step one frame back</source>
        <translation type="unfinished">한 프레임 뒤로 이동합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>&amp;Next Frame</source>
        <translation>다음 프레임(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>Step one frame forward</source>
        <translation type="unfinished">한 프레임 앞으로 이동합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>F&amp;irst Frame</source>
        <translation type="unfinished">첫 프레임(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>Go to the first frame</source>
        <translation type="unfinished">첫 프레임으로 이동합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>&amp;Last Frame</source>
        <translation type="unfinished">마지막 프레임(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>Go to the last frame</source>
        <translation type="unfinished">마지막 프레임으로 이동합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>&amp;Slower</source>
        <translation type="unfinished">느리게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>Play more slowly</source>
        <translation type="unfinished">더 느리게 재생합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>F&amp;aster</source>
        <translation type="unfinished">빠르게(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>Play faster</source>
        <translation type="unfinished">더 빠르게 재생합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>L&amp;oop</source>
        <translation type="unfinished">반복(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>Start again at the end of the cine</source>
        <translation type="unfinished">시네가 끝나면 처음부터 다시 재생합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished">단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished">단축키 목록을 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>&amp;About NerveScope</source>
        <translation>NerveScope 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>Version, licence and intended use</source>
        <translation type="unfinished">버전, 라이선스, 사용 목적</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>About &amp;Qt</source>
        <translation type="unfinished">Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>The Qt version NerveScope runs on</source>
        <translation type="unfinished">NerveScope가 사용하는 Qt 버전</translation>
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
        <translation>검사 정보</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Show or hide the study information panel (Ctrl+I)</source>
        <translation type="unfinished">검사 정보 패널 표시/숨기기(Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Info</source>
        <translation type="unfinished">정보</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>Check for damaged frames cancelled.</source>
        <translation type="unfinished">손상된 프레임 확인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>Ready. Open a study with Ctrl+O or drop a file on the window.</source>
        <translation type="unfinished">준비되었습니다. Ctrl+O로 검사를 열거나 파일을 창에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Edit</source>
        <translation type="unfinished">편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192" />
        <source>&amp;Annotate</source>
        <translation type="unfinished">주석(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199" />
        <source>A&amp;I</source>
        <translation type="unfinished">AI(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205" />
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230" />
        <source>Main</source>
        <translation type="unfinished">기본 도구</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248" />
        <source>Contour Tools</source>
        <translation type="unfinished">윤곽선 도구</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307" />
        <source>Opening %1…</source>
        <translation type="unfinished">%1 여는 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329" />
        <source>%1 — NerveScope</source>
        <translation type="unfinished">%1 — NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334" />
        <source>Opened %1: %2, %3 x %4 px, %5</source>
        <translation type="unfinished">%1 열림: %2, %3 x %4 px, %5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>1 frame</source>
        <translation type="unfinished">프레임 1개</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>%1 frames</source>
        <translation type="unfinished">프레임 %1개</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387" />
        <source>Cannot open %1.</source>
        <translation type="unfinished">%1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388" />
        <source>Cannot Open Study</source>
        <translation type="unfinished">검사를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401" />
        <source>The study that was open is still shown.</source>
        <translation type="unfinished">이전에 열려 있던 검사가 계속 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402" />
        <source>Supported: DICOM files, videos (MP4, AVI, …), images (PNG, JPEG, TIFF, …) and folders of images.</source>
        <translation type="unfinished">지원 형식: DICOM 파일, 동영상(MP4, AVI, …), 이미지(PNG, JPEG, TIFF, …), 이미지 폴더.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Open Study</source>
        <translation type="unfinished">검사 열기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421" />
        <source>Open Folder of Images</source>
        <translation type="unfinished">이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished">&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441" />
        <source>No recent studies</source>
        <translation type="unfinished">최근 검사 없음</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Pause</source>
        <translation type="unfinished">일시정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Play</source>
        <translation type="unfinished">재생(&amp;P)</translation>
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
        <translation type="unfinished">평가자</translation>
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
        <translation type="unfinished">둘레</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Circ.</source>
        <translation type="unfinished">원형도</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Flat.</source>
        <translation type="unfinished">편평도</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Contour id</source>
        <translation type="unfinished">윤곽선 ID</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Who drew it</source>
        <translation type="unfinished">그린 사람</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Area in image pixels</source>
        <translation type="unfinished">이미지 픽셀 단위 면적</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="20" />
        <source>Area in mm² (empty where the contour is not inside one calibrated region; hover the cell for why)</source>
        <translation type="unfinished">mm² 단위 면적(윤곽선이 하나의 보정 영역 안에 있지 않으면 비어 있음. 셀에 마우스를 올리면 이유 표시)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="21" />
        <source>Perimeter: in mm where the contour lies in one calibrated region, else in px</source>
        <translation type="unfinished">둘레: 윤곽선이 하나의 보정 영역 안에 있으면 mm, 아니면 px 단위</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Circularity 4πA/P²: 1 for a circle</source>
        <translation type="unfinished">원형도 4πA/P²: 원이면 1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Flattening: major / minor axis of the fitted ellipse</source>
        <translation type="unfinished">편평도: 근사 타원의 장축 / 단축</translation>
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
        <translation type="unfinished">이 프레임에 윤곽선이 없습니다. P, D 또는 E 키로 그리십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="72" />
        <source>Rater: %1</source>
        <translation type="unfinished">평가자: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::MetadataPanel</name>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Attribute</source>
        <translation type="unfinished">속성</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Value</source>
        <translation type="unfinished">값</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="59" />
        <source>What the file says about itself</source>
        <translation type="unfinished">파일에 기록된 정보</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>#</source>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Bounds (px)</source>
        <translation type="unfinished">범위(px)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>mm/px</source>
        <translation type="unfinished">mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Units</source>
        <translation type="unfinished">단위</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="67" />
        <source>Ultrasound regions: a measurement has a physical size only inside one spatially calibrated region</source>
        <translation type="unfinished">초음파 영역: 측정값은 공간 보정된 하나의 영역 안에서만 실제 크기를 가집니다</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="69" />
        <source>Damaged frames</source>
        <translation type="unfinished">손상된 프레임</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="75" />
        <source>Study</source>
        <translation type="unfinished">검사</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="77" />
        <source>Calibration</source>
        <translation type="unfinished">보정</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="97" />
        <source>No study open.</source>
        <translation type="unfinished">열린 검사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="109" />
        <source>File</source>
        <translation type="unfinished">파일</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="114" />
        <source>Frames</source>
        <translation type="unfinished">프레임 수</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>Frame size</source>
        <translation type="unfinished">프레임 크기</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>%1 x %2 px</source>
        <translation type="unfinished">%1 x %2 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>Frame rate</source>
        <translation type="unfinished">프레임 속도</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="130" />
        <source>Not calibrated: lengths and areas are in pixels only.</source>
        <translation type="unfinished">보정 안 됨: 길이와 면적은 픽셀 단위로만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="135" />
        <source>Pixel spacing (whole image).</source>
        <translation type="unfinished">픽셀 간격(이미지 전체).</translation>
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
        <translation type="unfinished">이미지 전체</translation>
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
        <translation type="unfinished">공간 단위 아님</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="155" />
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="158" />
        <source>Region %1: x %2–%3, y %4–%5; %6 x %7 %8 per pixel (X x Y)</source>
        <translation type="unfinished">영역 %1: x %2–%3, y %4–%5, 픽셀당 %6 x %7 %8 (X x Y)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="186" />
        <source>These frames cannot be decoded: %1</source>
        <translation type="unfinished">다음 프레임을 디코딩할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::RaterDialog</name>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="15" />
        <source>Who Is Annotating?</source>
        <translation type="unfinished">주석 작성자 선택</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="17" />
        <source>Every contour, approval and grade you make is stored under your rater name, so several raters' work stays apart. Pick your name or type a new one.</source>
        <translation type="unfinished">작성한 모든 윤곽선, 승인, 등급은 평가자 이름으로 저장되므로 여러 평가자의 작업이 섞이지 않습니다. 이름을 선택하거나 새 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="25" />
        <source>Raters already in this workspace; type a new name to add one</source>
        <translation type="unfinished">이 작업 공간에 이미 있는 평가자. 평가자를 추가하려면 새 이름을 입력하십시오</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="31" />
        <source>Your name or initials</source>
        <translation type="unfinished">이름 또는 이니셜</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="36" />
        <source>Annotate as This Rater</source>
        <translation type="unfinished">이 평가자로 주석 작성</translation>
    </message>
</context>
<context>
    <name>ns::ui::RatersPanel</name>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="38" />
        <source>Tick the raters whose contours are shown over the image (read-only, dashed, in their colour)</source>
        <translation type="unfinished">이미지 위에 윤곽선을 표시할 평가자를 선택하십시오(읽기 전용, 평가자별 색상의 점선)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="42" />
        <source>First rater of the comparison</source>
        <translation type="unfinished">비교할 첫 번째 평가자</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="43" />
        <source>Second rater of the comparison</source>
        <translation type="unfinished">비교할 두 번째 평가자</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="47" />
        <source>Dice similarity (1 = identical masks) and the Hausdorff distance (largest distance between the two outlines) of the two raters' contours on this frame</source>
        <translation type="unfinished">이 프레임에서 두 평가자 윤곽선의 Dice 유사도(1 = 동일한 마스크)와 Hausdorff 거리(두 윤곽선 사이의 최대 거리)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="50" />
        <source>Show Raters</source>
        <translation type="unfinished">평가자 표시</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="54" />
        <source>Agreement on This Frame</source>
        <translation type="unfinished">이 프레임의 일치도</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="57" />
        <source>Rater A:</source>
        <translation type="unfinished">평가자 A:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="58" />
        <source>Rater B:</source>
        <translation type="unfinished">평가자 B:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/RatersPanel.cpp" line="144" />
        <source>%1 — %n contour(s) on this frame</source>
        <translation type="unfinished">
            <numerusform>%1 — 이 프레임의 윤곽선 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="150" />
        <source>No other raters in this workspace yet.</source>
        <translation type="unfinished">이 작업 공간에 아직 다른 평가자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="182" />
        <source>Open a study in a workspace to compare raters.</source>
        <translation type="unfinished">평가자를 비교하려면 작업 공간에서 검사를 여십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="186" />
        <source>Choose two different raters.</source>
        <translation type="unfinished">서로 다른 평가자 두 명을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="193" />
        <source>Cannot compare: %1</source>
        <translation type="unfinished">비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="198" />
        <source>Neither %1 nor %2 has a contour on this frame.</source>
        <translation type="unfinished">%1과(와) %2 모두 이 프레임에 윤곽선이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="203" />
        <source>— (only one of them contoured this frame)</source>
        <translation type="unfinished">— (한 평가자만 이 프레임에 윤곽선을 그림)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="205" />
        <source>%1 px = %2 mm</source>
        <translation type="unfinished">%1 px = %2 mm</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="207" />
        <source>%1 px (no mm: %2)</source>
        <translation type="unfinished">%1 px (mm 없음: %2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="208" />
        <source>&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%3 px² by %4, %5 px² by %6, %7 px² by both&lt;/small&gt;</source>
        <translation type="unfinished">&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%4: %3 px², %6: %5 px², 공통: %7 px²&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ns::ui::ReviewController</name>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="29" />
        <source>&amp;Review</source>
        <translation type="unfinished">검토(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="33" />
        <source>Approve &amp;Frame</source>
        <translation type="unfinished">프레임 승인(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="34" />
        <source>Mark the contours of this frame as reviewed and approved; undoable</source>
        <translation type="unfinished">이 프레임의 윤곽선을 검토 후 승인한 것으로 표시합니다. 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="35" />
        <source>Revoke Frame Approval</source>
        <translation type="unfinished">프레임 승인 취소</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="36" />
        <source>Take back the approval of this frame; it is corrected, AI or unlabelled again, as its contours say</source>
        <translation type="unfinished">이 프레임의 승인을 취소합니다. 윤곽선에 따라 다시 수정됨, AI 또는 레이블 없음 상태가 됩니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="37" />
        <source>Approve &amp;Study</source>
        <translation type="unfinished">검사 승인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="38" />
        <source>Mark the whole study as reviewed and approved; undoable</source>
        <translation type="unfinished">검사 전체를 검토 후 승인한 것으로 표시합니다. 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="39" />
        <source>Revoke Study Approval</source>
        <translation type="unfinished">검사 승인 취소</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="40" />
        <source>Take back the approval of the study</source>
        <translation type="unfinished">검사의 승인을 취소합니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="41" />
        <source>Change &amp;Rater…</source>
        <translation type="unfinished">평가자 변경(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="42" />
        <source>Choose who is annotating; every later edit carries this name</source>
        <translation type="unfinished">주석 작성자를 선택합니다. 이후의 모든 편집에 이 이름이 기록됩니다</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="43" />
        <source>Approve Frame</source>
        <translation type="unfinished">프레임 승인</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="44" />
        <source>Approve Study</source>
        <translation type="unfinished">검사 승인</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="45" />
        <source>Revoke</source>
        <translation type="unfinished">승인 취소</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="46" />
        <source>Revoke Study</source>
        <translation type="unfinished">검사 승인 취소</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="48" />
        <location filename="../ui/annotation/ReviewController.cpp" line="52" />
        <source>Raters</source>
        <translation type="unfinished">평가자</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="51" />
        <source>Show or hide the raters shown over the image and their agreement</source>
        <translation type="unfinished">이미지 위에 표시할 평가자와 평가자 간 일치도 패널 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="55" />
        <location filename="../ui/annotation/ReviewController.cpp" line="59" />
        <source>Audit Log</source>
        <translation type="unfinished">감사 로그</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="58" />
        <source>Show or hide who changed what and when in this workspace</source>
        <translation type="unfinished">이 작업 공간의 변경 이력(누가, 언제, 무엇을) 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="107" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="115" />
        <source>Review</source>
        <translation type="unfinished">검토</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="118" />
        <source> Rater: </source>
        <translation type="unfinished"> 평가자: </translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="121" />
        <source>Who is annotating: every contour, approval and grade is stored under this name. Each rater has an undo history of their own.</source>
        <translation type="unfinished">주석 작성자: 모든 윤곽선, 승인, 등급이 이 이름으로 저장됩니다. 평가자마다 실행 취소 기록이 따로 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="131" />
        <source>Review status of the frame on screen and of the study. Without a review it follows the contours: unlabelled, AI (model contours only) or corrected (a person drew or edited).</source>
        <translation type="unfinished">화면의 프레임과 검사의 검토 상태. 검토 전에는 윤곽선에 따라 레이블 없음, AI(모델 윤곽선만) 또는 수정됨(사람이 그리거나 편집함)으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="166" />
        <source>New Rater…</source>
        <translation type="unfinished">새 평가자…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="173" />
        <source>unlabelled</source>
        <translation type="unfinished">레이블 없음</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="174" />
        <source>AI</source>
        <translation type="unfinished">AI</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="175" />
        <source>corrected</source>
        <translation type="unfinished">수정됨</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="176" />
        <source>approved</source>
        <translation type="unfinished">승인됨</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="201" />
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="203" />
        <source>&lt;b&gt;approved&lt;/b&gt; by %1</source>
        <translation type="unfinished">&lt;b&gt;승인됨&lt;/b&gt;(%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="204" />
        <source>%1 (not reviewed)</source>
        <translation type="unfinished">%1 (검토 안 됨)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="206" />
        <source>Frame %1: %2 · Study: %3</source>
        <translation type="unfinished">프레임 %1: %2 · 검사: %3</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="207" />
        <source>No study under review</source>
        <translation type="unfinished">검토 중인 검사 없음</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>The study</source>
        <translation type="unfinished">검사</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>Frame %1</source>
        <translation type="unfinished">프레임 %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="250" />
        <source>%1 approved by %2.</source>
        <translation type="unfinished">%2이(가) %1을(를) 승인했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="251" />
        <source>%1: approval revoked by %2; now %3.</source>
        <translation type="unfinished">%1: %2이(가) 승인을 취소했습니다. 현재 상태: %3.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="264" />
        <source>Annotating as %1.</source>
        <translation type="unfinished">주석 작성자: %1.</translation>
    </message>
</context>
<context>
    <name>ns::ui::SideBySideView</name>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="15" />
        <source>Explanations side by side</source>
        <translation type="unfinished">설명 나란히 보기</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="46" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · frame %5 · %6 s</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · 프레임 %5 · %6초</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="54" />
        <source>Explanations side by side: %1, frame %2</source>
        <translation type="unfinished">설명 나란히 보기: %1, 프레임 %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowser</name>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="32" />
        <source>Search name, patient ID or path…</source>
        <translation type="unfinished">이름, 환자 ID 또는 경로 검색…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="34" />
        <source>Show only the studies whose file name, patient ID or path contains this text (not case-sensitive). Ctrl+F jumps here; Down moves to the list.</source>
        <translation type="unfinished">파일 이름, 환자 ID 또는 경로에 이 텍스트가 포함된 검사만 표시합니다(대소문자 구분 안 함). Ctrl+F로 여기로 이동하고, 아래쪽 화살표 키로 목록으로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="39" />
        <source>Show only the studies with this review status. Unless someone set a status for the whole study, it follows from its contours: any drawn or corrected by a person makes it Corrected, only model contours make it AI.</source>
        <translation type="unfinished">이 검토 상태의 검사만 표시합니다. 검사 전체에 상태를 지정하지 않았다면 윤곽선에 따라 결정됩니다. 사람이 그리거나 수정한 윤곽선이 하나라도 있으면 수정됨, 모델 윤곽선만 있으면 AI입니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="42" />
        <source>All statuses</source>
        <translation type="unfinished">모든 상태</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="48" />
        <source>Order of the studies</source>
        <translation type="unfinished">검사 정렬 순서</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="49" />
        <source>Sort by name</source>
        <translation type="unfinished">이름순 정렬</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="50" />
        <source>Sort by status</source>
        <translation type="unfinished">상태순 정렬</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="51" />
        <source>Sort by annotated frames</source>
        <translation type="unfinished">주석 프레임 수순 정렬</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="52" />
        <source>Sort by patient ID</source>
        <translation type="unfinished">환자 ID순 정렬</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="53" />
        <source>Newest first</source>
        <translation type="unfinished">최신순</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="123" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="182" />
        <source>The studies cannot be read: %1</source>
        <translation type="unfinished">검사를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="184" />
        <source>No workspace is open. File &gt; Open Workspace… shows its studies here.</source>
        <translation type="unfinished">열린 작업 공간이 없습니다. 파일 &gt; 작업 공간 열기…로 열면 여기에 검사가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="186" />
        <source>No studies yet. Open a study while this workspace is open to add it.</source>
        <translation type="unfinished">아직 검사가 없습니다. 이 작업 공간이 열린 상태에서 검사를 열면 추가됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>1 study</source>
        <translation type="unfinished">검사 1개</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>%1 studies</source>
        <translation type="unfinished">검사 %1개</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="190" />
        <source>No study of %1 matches the search and filter.</source>
        <translation type="unfinished">검사 %1개 중 검색 및 필터 조건에 맞는 검사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="192" />
        <source>%1 of %2 studies shown</source>
        <translation type="unfinished">검사 %2개 중 %1개 표시</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="194" />
        <source>(read-only)</source>
        <translation type="unfinished">(읽기 전용)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowserDock</name>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="15" />
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="21" />
        <source>Studies</source>
        <translation type="unfinished">검사 목록</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="20" />
        <source>Show or hide the studies of the open workspace</source>
        <translation type="unfinished">열린 작업 공간의 검사 목록 표시/숨기기</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="25" />
        <source>&amp;Find Study…</source>
        <translation type="unfinished">검사 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="28" />
        <source>Search the studies of the workspace by name, patient ID or path (%1)</source>
        <translation type="unfinished">이름, 환자 ID 또는 경로로 작업 공간의 검사를 검색합니다(%1)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyItemDelegate</name>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="95" />
        <source>file missing</source>
        <translation type="unfinished">파일 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="131" />
        <source>Loading…</source>
        <translation type="unfinished">불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>File missing</source>
        <translation type="unfinished">파일 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>Cannot read file</source>
        <translation type="unfinished">파일을 읽을 수 없음</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyListModel</name>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="99" />
        <source>%1, %2, %3</source>
        <translation type="unfinished">%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="118" />
        <source>Unlabelled</source>
        <translation type="unfinished">레이블 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="119" />
        <source>AI</source>
        <translation type="unfinished">AI</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="120" />
        <source>Corrected</source>
        <translation type="unfinished">수정됨</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="121" />
        <source>Approved</source>
        <translation type="unfinished">승인됨</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Annotated (1 frame)</source>
        <translation type="unfinished">주석 있음(프레임 1개)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Not annotated (1 frame)</source>
        <translation type="unfinished">주석 없음(프레임 1개)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="130" />
        <source>%1 of %2 frames annotated</source>
        <translation type="unfinished">프레임 %2개 중 %1개 주석 있음</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="137" />
        <source>Patient %1</source>
        <translation type="unfinished">환자 %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>1 contour</source>
        <translation type="unfinished">윤곽선 1개</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>%1 contours</source>
        <translation type="unfinished">윤곽선 %1개</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>1 rater</source>
        <translation type="unfinished">평가자 1명</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>%1 raters</source>
        <translation type="unfinished">평가자 %1명</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="154" />
        <source>Status: %1 (set for the study)</source>
        <translation type="unfinished">상태: %1(검사에 지정됨)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="155" />
        <source>Status: %1 (from its contours)</source>
        <translation type="unfinished">상태: %1(윤곽선 기준)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="157" />
        <source>Contours: %1 by people, %2 by models or interpolation</source>
        <translation type="unfinished">윤곽선: 사람 %1개, 모델 또는 보간 %2개</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="159" />
        <source>Raters: %1</source>
        <translation type="unfinished">평가자: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Not graded by a person</source>
        <translation type="unfinished">사람이 판정한 등급 없음</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Grade: %1 (the newest a person recorded)</source>
        <translation type="unfinished">등급: %1(사람이 기록한 최신 등급)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="163" />
        <source>Patient ID: %1</source>
        <translation type="unfinished">환자 ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="164" />
        <source>%1, %2 x %3 px</source>
        <translation type="unfinished">%1, %2 x %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Copied into the workspace: %1</source>
        <translation type="unfinished">작업 공간에 복사됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Referenced in place: %1</source>
        <translation type="unfinished">원래 위치 참조: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="170" />
        <source>Double-click or press Enter to open it with its annotations.</source>
        <translation type="unfinished">더블클릭하거나 Enter 키를 누르면 주석과 함께 엽니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyViewer</name>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="108" />
        <source>Loading…</source>
        <translation type="unfinished">불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="241" />
        <source>Colour images are shown as stored: window/level applies to greyscale images only.</source>
        <translation type="unfinished">컬러 이미지는 저장된 그대로 표시됩니다. 윈도우/레벨은 회색조 이미지에만 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingCurves</name>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="48" />
        <source>Training loss</source>
        <translation type="unfinished">학습 손실</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="49" />
        <source>Validation loss</source>
        <translation type="unfinished">검증 손실</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="50" />
        <source>Validation</source>
        <translation type="unfinished">검증</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="51" />
        <location filename="../ui/training/TrainingCurves.cpp" line="53" />
        <source>Epoch</source>
        <translation type="unfinished">에포크</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="52" />
        <source>Loss</source>
        <translation type="unfinished">손실</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="58" />
        <source>Loss per epoch: training (blue) and validation (orange). Validation loss rising while training loss falls means the model is memorising the training frames.</source>
        <translation type="unfinished">에포크별 손실: 학습(파란색), 검증(주황색). 학습 손실은 줄어드는데 검증 손실이 늘어나면 모델이 학습 프레임을 암기(과적합)하고 있다는 뜻입니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="60" />
        <source>The validation figure that picks the best epoch, on patients never seen in training</source>
        <translation type="unfinished">최적 에포크를 고르는 검증 수치(학습에 사용되지 않은 환자 기준)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="73" />
        <source>Validation DSC</source>
        <translation type="unfinished">검증 DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="74" />
        <source>Validation AUC</source>
        <translation type="unfinished">검증 AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="75" />
        <source>Validation accuracy</source>
        <translation type="unfinished">검증 정확도</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingFeature</name>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="28" />
        <source>&amp;Review</source>
        <translation type="unfinished">검토(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="30" />
        <source>Review studies: viewer, annotation and AI review (Ctrl+Shift+V)</source>
        <translation type="unfinished">검사 검토: 뷰어, 주석, AI 검토(Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="31" />
        <source>&amp;Training</source>
        <translation type="unfinished">학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="33" />
        <source>Train or fine-tune a model on labelled frames (Ctrl+Shift+T)</source>
        <translation type="unfinished">레이블 있는 프레임으로 모델을 학습하거나 미세 조정합니다(Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="41" />
        <source>Mode</source>
        <translation type="unfinished">모드</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingForm</name>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="43" />
        <source>S0's Scale-attentional U-Net (about 0.5M parameters): the shipped segmentation network</source>
        <translation type="unfinished">S0의 Scale-attentional U-Net(매개변수 약 0.5M): 기본 제공 분할 네트워크</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="44" />
        <source>A plain U-Net (about 8.6M parameters): S0's baseline</source>
        <translation type="unfinished">일반 U-Net(매개변수 약 8.6M): S0의 기준 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="46" />
        <source>SqueezeNet 1.1, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">SqueezeNet 1.1: S1의 CTS 분류기 중 하나, 회색조 입력</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="48" />
        <source>EfficientNet-B0, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">EfficientNet-B0: S1의 CTS 분류기 중 하나, 회색조 입력</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="51" />
        <source>S3's transverse severity CNN (3 convolution blocks): the shipped severity model</source>
        <translation type="unfinished">S3의 횡단면 중증도 CNN(합성곱 블록 3개): 기본 제공 중증도 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="53" />
        <source>S3's longitudinal severity CNN (2 convolution blocks), for longitudinal sweeps</source>
        <translation type="unfinished">S3의 종단면 중증도 CNN(합성곱 블록 2개), 종단면 스윕용</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="55" />
        <source>The transverse CNN with two convolutions per block (not S3's): slower to train, level with it on our phantoms so far (docs/training.md)</source>
        <translation type="unfinished">블록당 합성곱이 2개인 횡단면 CNN(S3 방식 아님): 학습은 더 느리지만 지금까지 팬텀에서는 성능이 비슷합니다(docs/training.md)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="47" />
        <source>MobileNetV2, one of S1's CTS classifiers: the shipped one</source>
        <translation type="unfinished">MobileNetV2: S1의 CTS 분류기 중 하나, 기본 제공 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="95" />
        <source>Model</source>
        <translation type="unfinished">모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="98" />
        <source>Nerve segmentation</source>
        <translation type="unfinished">신경 분할</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="99" />
        <source>CTS: yes or no</source>
        <translation type="unfinished">CTS 여부</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="100" />
        <source>CTS severity (4 grades)</source>
        <translation type="unfinished">CTS 중증도(4단계)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="101" />
        <source>What the model learns: to outline the median nerve, to tell CTS from no CTS, or to grade severity</source>
        <translation type="unfinished">모델이 학습할 작업: 정중신경 윤곽 그리기, CTS 여부 판별 또는 중증도 등급 판정</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="102" />
        <source>&amp;Task:</source>
        <translation type="unfinished">작업(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="104" />
        <source>Fine-tune an existing model (fast; needs few frames) or start from random weights</source>
        <translation type="unfinished">기존 모델을 미세 조정하거나(빠름, 적은 프레임으로 가능) 무작위 가중치에서 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="105" />
        <source>Start &amp;from:</source>
        <translation type="unfinished">시작 모델(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="107" />
        <source>Network architecture; fixed by the model you start from</source>
        <translation type="unfinished">네트워크 아키텍처. 시작 모델에 따라 정해집니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="108" />
        <source>&amp;Network:</source>
        <translation type="unfinished">네트워크(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="113" />
        <source>Name of the new model; its version is set when you promote it</source>
        <translation type="unfinished">새 모델의 이름. 버전은 승격할 때 지정됩니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="114" />
        <source>N&amp;ame:</source>
        <translation type="unfinished">이름(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="125" />
        <source>Data</source>
        <translation type="unfinished">데이터</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="127" />
        <source>Dataset folder (with manifest.json)</source>
        <translation type="unfinished">데이터 세트 폴더(manifest.json 포함)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="128" />
        <source>A folder exported as PNG + manifest, or made by: nervescope-cli dataset synth</source>
        <translation type="unfinished">PNG + 매니페스트로 내보낸 폴더 또는 nervescope-cli dataset synth로 만든 폴더</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="130" />
        <source>Approved and corrected annotations of this workspace</source>
        <translation type="unfinished">이 작업 공간의 승인 및 수정된 주석</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="132" />
        <source>Not available yet: export the workspace as PNG + manifest and choose that folder</source>
        <translation type="unfinished">아직 사용할 수 없습니다. 작업 공간을 PNG + 매니페스트로 내보낸 후 그 폴더를 선택하십시오</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="139" />
        <source>Dataset folder</source>
        <translation type="unfinished">데이터 세트 폴더</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="141" />
        <source>&amp;Browse…</source>
        <translation type="unfinished">찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="142" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">데이터 세트 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="154" />
        <source>The manifest splits by patient: no patient's frames are in two splits, so validation figures come from patients the model never saw</source>
        <translation type="unfinished">매니페스트는 환자 단위로 분할되어 한 환자의 프레임이 두 세트에 나뉘지 않습니다. 따라서 검증 수치는 모델이 본 적 없는 환자에서 산출됩니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="159" />
        <source>Where the run writes its checkpoints, log and the trained model</source>
        <translation type="unfinished">학습 중 체크포인트, 로그, 학습된 모델을 저장할 위치</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="160" />
        <source>Out&amp;put…</source>
        <translation type="unfinished">출력(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="161" />
        <source>Choose the output folder</source>
        <translation type="unfinished">출력 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="162" />
        <source>Output:</source>
        <translation type="unfinished">출력:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="167" />
        <source>Dataset Folder</source>
        <translation type="unfinished">데이터 세트 폴더</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="171" />
        <source>Output Folder</source>
        <translation type="unfinished">출력 폴더</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="184" />
        <source>Training</source>
        <translation type="unfinished">학습</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="186" />
        <source>Most passes over the training frames; training stops earlier when validation stops improving</source>
        <translation type="unfinished">학습 프레임 전체를 반복하는 최대 횟수. 검증 수치가 더 이상 개선되지 않으면 더 일찍 중단됩니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="187" />
        <source>Frames per optimisation step; lower it when memory runs short</source>
        <translation type="unfinished">최적화 단계당 프레임 수. 메모리가 부족하면 줄이십시오</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="188" />
        <source>Adam learning rate; about 10x lower than the default suits fine-tuning</source>
        <translation type="unfinished">Adam 학습률. 미세 조정에는 기본값의 약 1/10이 적합합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="191" />
        <source>Constant</source>
        <translation type="unfinished">고정</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="192" />
        <source>Cosine</source>
        <translation type="unfinished">코사인</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="193" />
        <source>Constant keeps the learning rate; cosine lowers it along half a cosine to near 0 at the last epoch, which steadies the last epochs (the shipped severity CNN was trained so). A cosine run resumes only with the same number of epochs.</source>
        <translation type="unfinished">고정은 학습률을 그대로 유지하고, 코사인은 코사인 반주기를 따라 마지막 에포크에서 0에 가깝게 낮추어 마지막 에포크들을 안정시킵니다(기본 제공 중증도 CNN이 이 방식으로 학습됨). 코사인 방식의 학습은 에포크 수가 같을 때만 재개할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="196" />
        <source>Frames are resized to this square size before the network (U-Nets: a multiple of 16)</source>
        <translation type="unfinished">네트워크에 넣기 전에 프레임을 이 정사각형 크기로 조정합니다(U-Net: 16의 배수)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="198" />
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="201" />
        <source>Classifiers: dropout after each dense layer while training. The severity CNNs start at 0.2: with S3's 0.6 their units die in the first epochs and they stay at chance on phantoms. A model you start from keeps its own.</source>
        <translation type="unfinished">분류기: 학습 중 각 완전 연결층 뒤에 적용하는 드롭아웃. 중증도 CNN은 0.2에서 시작합니다. S3의 0.6을 쓰면 첫 에포크들에서 유닛이 죽어 팬텀에서 우연 수준에 머뭅니다. 시작 모델이 있으면 그 모델의 값을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="204" />
        <source>network's own</source>
        <translation type="unfinished">네트워크 고유값</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="205" />
        <source>Stop after this many epochs without a better validation figure</source>
        <translation type="unfinished">검증 수치가 개선되지 않는 에포크가 이 횟수만큼 이어지면 중단합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="206" />
        <source>Random seed: the same seed, data and threads give the same model</source>
        <translation type="unfinished">난수 시드: 시드, 데이터, 스레드 수가 같으면 같은 모델이 만들어집니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="208" />
        <source>CPU threads for training; 0 uses all cores (the window stays responsive either way)</source>
        <translation type="unfinished">학습용 CPU 스레드 수. 0이면 모든 코어를 사용합니다(어느 경우든 창은 계속 반응합니다)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="209" />
        <source>automatic</source>
        <translation type="unfinished">자동</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="210" />
        <source>&amp;Epochs:</source>
        <translation type="unfinished">에포크(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="211" />
        <source>&amp;Batch size:</source>
        <translation type="unfinished">배치 크기(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="212" />
        <source>&amp;Learning rate:</source>
        <translation type="unfinished">학습률(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="213" />
        <source>Learning-rate s&amp;chedule:</source>
        <translation type="unfinished">학습률 스케줄(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="214" />
        <source>&amp;Input size:</source>
        <translation type="unfinished">입력 크기(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="215" />
        <source>&amp;Dropout:</source>
        <translation type="unfinished">드롭아웃(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="216" />
        <source>&amp;Patience:</source>
        <translation type="unfinished">조기 종료 대기(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="217" />
        <source>&amp;Seed:</source>
        <translation type="unfinished">시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="218" />
        <source>&amp;Threads:</source>
        <translation type="unfinished">스레드(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="227" />
        <source>Augmentation (random, per frame and epoch)</source>
        <translation type="unfinished">증강(프레임 및 에포크마다 무작위)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="229" />
        <source>Largest shear, degrees, drawn independently in x and y</source>
        <translation type="unfinished">최대 전단 각도(도), x와 y에 각각 독립적으로 적용</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="230" />
        <source>Largest rotation, degrees, either way</source>
        <translation type="unfinished">최대 회전 각도(도), 양방향</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="231" />
        <source>Smallest zoom factor (1 = none); CTS models keep this near 1 because nerve size is the sign</source>
        <translation type="unfinished">최소 확대 배율(1 = 없음). 신경 크기가 진단 징후이므로 CTS 모델은 1 가까이 유지합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="232" />
        <source>Largest zoom factor (1 = none)</source>
        <translation type="unfinished">최대 확대 배율(1 = 없음)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="233" />
        <source>Largest shift, percent of the image size, in x and y</source>
        <translation type="unfinished">최대 이동량, x와 y 방향 이미지 크기의 백분율</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="235" />
        <source>Mirror left-right</source>
        <translation type="unfinished">좌우 반전</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="236" />
        <source>Mirror half of the frames: left and right wrists look alike mirrored</source>
        <translation type="unfinished">프레임의 절반을 좌우 반전합니다. 왼쪽과 오른쪽 손목은 좌우를 뒤집으면 비슷해 보입니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="241" />
        <source>Shear:</source>
        <translation type="unfinished">전단:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="242" />
        <source>Rotation:</source>
        <translation type="unfinished">회전:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="243" />
        <source>Zoom:</source>
        <translation type="unfinished">배율:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="244" />
        <source>Shift:</source>
        <translation type="unfinished">이동:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="282" />
        <source>%1 (current default)</source>
        <translation type="unfinished">%1(현재 기본값)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="284" />
        <source>%1 (workspace)</source>
        <translation type="unfinished">%1(작업 공간)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="288" />
        <source>Random weights (from scratch)</source>
        <translation type="unfinished">무작위 가중치(처음부터)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="312" />
        <source>Starts from %1 %2: %3, input %4×%5 px.</source>
        <translation type="unfinished">%1 %2에서 시작: %3, 입력 %4×%5 px.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="314" />
        <source>It looks at a %1 mm square around the nerve.</source>
        <translation type="unfinished">신경 주위 %1 mm 정사각형 영역을 봅니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="318" />
        <source>Starts from random weights: needs many frames and epochs.</source>
        <translation type="unfinished">무작위 가중치에서 시작: 많은 프레임과 에포크가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="351" />
        <source>Export the approved and corrected annotations of the open workspace and train on them</source>
        <translation type="unfinished">열린 작업 공간의 승인 및 수정된 주석을 내보내고 이를 학습에 사용합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="375" />
        <source>Choose a dataset folder.</source>
        <translation type="unfinished">데이터 세트 폴더를 선택하십시오.</translation>
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
        <translation type="unfinished">작업: %1 · 단면: %2 · 스캐너 프로필: %3&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;세트&lt;/th&gt;&lt;th&gt;환자&lt;/th&gt;&lt;th&gt;프레임&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="405" />
        <source>unknown</source>
        <translation type="unfinished">알 수 없음</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>&amp;Start</source>
        <translation type="unfinished">시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>&amp;Resume</source>
        <translation type="unfinished">재개(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>Discard</source>
        <translation type="unfinished">폐기</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="70" />
        <source>&amp;Promote to Workspace</source>
        <translation type="unfinished">작업 공간으로 승격(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="73" />
        <source>Train with these settings (Ctrl+Return)</source>
        <translation type="unfinished">이 설정으로 학습합니다(Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="74" />
        <source>Stop after the current batch; the last whole epoch is kept for Resume (Esc or Ctrl+.)</source>
        <translation type="unfinished">현재 배치가 끝나면 중지합니다. 재개할 수 있도록 마지막으로 완료된 에포크를 보존합니다(Esc 또는 Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="75" />
        <source>Continue the unfinished run of these settings from its last checkpoint</source>
        <translation type="unfinished">이 설정으로 완료되지 않은 학습을 마지막 체크포인트부터 이어서 진행합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="76" />
        <source>Delete the unfinished run's checkpoint so a new run can start</source>
        <translation type="unfinished">새 학습을 시작할 수 있도록 완료되지 않은 학습의 체크포인트를 삭제합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="77" />
        <location filename="../ui/training/TrainingPage.cpp" line="326" />
        <source>Copy the new model into the workspace and make it the default the AI panel uses</source>
        <translation type="unfinished">새 모델을 작업 공간에 복사하고 AI 패널의 기본 모델로 지정합니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="81" />
        <source>What the run reported, one line per epoch</source>
        <translation type="unfinished">학습 로그, 에포크당 한 줄</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="85" />
        <source>Time left, estimated from the batches so far</source>
        <translation type="unfinished">지금까지의 배치로 추정한 남은 시간</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="104" />
        <source>Validation Results</source>
        <translation type="unfinished">검증 결과</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="105" />
        <source>Log</source>
        <translation type="unfinished">로그</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="145" />
        <source>Choose the task, the model to start from and the data, then Start (Ctrl+Return).</source>
        <translation type="unfinished">작업, 시작 모델, 데이터를 선택한 후 시작을 누르십시오(Ctrl+Return).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="191" />
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished">현재 배치가 끝나면 취소합니다…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="203" />
        <source>Choose a dataset folder first.</source>
        <translation type="unfinished">먼저 데이터 세트 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="215" />
        <source>An unfinished run of these settings exists: Resume it, or Discard it to start over.</source>
        <translation type="unfinished">이 설정으로 완료되지 않은 학습이 있습니다. 재개하거나, 처음부터 다시 하려면 폐기하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="232" />
        <source>Resuming %1 in %2</source>
        <translation type="unfinished">%2에서 %1 재개 중</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="233" />
        <source>Training %1 in %2</source>
        <translation type="unfinished">%2에서 %1 학습 중</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Resuming…</source>
        <translation type="unfinished">재개하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Reading the dataset…</source>
        <translation type="unfinished">데이터 세트 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="248" />
        <source>about %1 left</source>
        <translation type="unfinished">약 %1 남음</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="261" />
        <source>Done in %1: best validation %2 %3 at epoch %4 of %5%6. Saved %7.</source>
        <translation type="unfinished">%1 만에 완료: 최적 검증 %2 %3(에포크 %4/%5%6). %7에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="266" />
        <source> (stopped early)</source>
        <translation type="unfinished"> (조기 종료)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="269" />
        <source>Cancelled. The checkpoint after epoch %1 is kept: Resume continues from there.</source>
        <translation type="unfinished">취소되었습니다. 에포크 %1 이후의 체크포인트를 보존하므로 재개하면 그 지점부터 이어서 진행합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="273" />
        <source>Saved %1</source>
        <translation type="unfinished">저장됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="284" />
        <source>Discarded the checkpoint in %1</source>
        <translation type="unfinished">%1의 체크포인트를 폐기했습니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="295" />
        <source>Cannot promote: %1</source>
        <translation type="unfinished">승격할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="299" />
        <source>Promoted %1 %2 into the workspace; the AI panel now uses it by default.</source>
        <translation type="unfinished">%1 %2을(를) 작업 공간으로 승격했습니다. 이제 AI 패널에서 이 모델을 기본으로 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="300" />
        <source>Promoted to %1</source>
        <translation type="unfinished">%1(으)로 승격됨</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="320" />
        <source>An unfinished run of %1 (%2 of %3 epochs done) is in %4. Resume continues it; Discard deletes it.</source>
        <translation type="unfinished">%4에 %1의 완료되지 않은 학습(에포크 %3개 중 %2개 완료)이 있습니다. 재개하면 이어서 진행하고, 폐기하면 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="327" />
        <source>Open or create a workspace first (File menu) to promote a model into it</source>
        <translation type="unfinished">모델을 승격하려면 먼저 작업 공간을 열거나 만드십시오(파일 메뉴)</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingResultsView</name>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="52" />
        <source>&lt;b&gt;ROC curve&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;ROC 곡선&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="53" />
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: reference, columns: predicted)</source>
        <translation type="unfinished">&lt;b&gt;혼동 행렬&lt;/b&gt;(행: 기준, 열: 예측)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="54" />
        <source>Open &amp;Worst Case</source>
        <translation type="unfinished">최악 사례 열기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="57" />
        <source>1 − specificity</source>
        <translation type="unfinished">1 − 특이도</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="58" />
        <source>Sensitivity</source>
        <translation type="unfinished">민감도</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="63" />
        <source>Validation ROC curve of the new model (and of the current default when it is a binary model)</source>
        <translation type="unfinished">새 모델의 검증 ROC 곡선(현재 기본 모델이 이진 모델이면 그 곡선도 표시)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="65" />
        <source>Validation frames by reference class (rows) and predicted class (columns)</source>
        <translation type="unfinished">기준 클래스(행)와 예측 클래스(열)별 검증 프레임</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="67" />
        <source>The new model and the current default on the same validation frames</source>
        <translation type="unfinished">같은 검증 프레임에서 새 모델과 현재 기본 모델 비교</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="73" />
        <source>Every validation frame; sort by score to see the worst. Double-click (or Enter) opens the frame.</source>
        <translation type="unfinished">모든 검증 프레임. 점수순으로 정렬하면 가장 나쁜 결과를 볼 수 있습니다. 더블클릭(또는 Enter)하면 프레임을 엽니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="74" />
        <source>Open the validation frame the new model did worst on in the viewer</source>
        <translation type="unfinished">새 모델의 결과가 가장 나빴던 검증 프레임을 뷰어에서 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="85" />
        <source>&lt;b&gt;New model vs current default&lt;/b&gt; (same validation frames)</source>
        <translation type="unfinished">&lt;b&gt;새 모델 대 현재 기본 모델&lt;/b&gt;(같은 검증 프레임)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="89" />
        <source>&lt;b&gt;Validation frames&lt;/b&gt;, worst first</source>
        <translation type="unfinished">&lt;b&gt;검증 프레임&lt;/b&gt;, 나쁜 결과순</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="119" />
        <source>Results appear here when a run finishes.</source>
        <translation type="unfinished">학습이 끝나면 여기에 결과가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="152" />
        <source>%1 (AUC %2)</source>
        <translation type="unfinished">%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="158" />
        <source>chance</source>
        <translation type="unfinished">우연 수준</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="159" />
        <source>new</source>
        <translation type="unfinished">새 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="161" />
        <source>default</source>
        <translation type="unfinished">기본 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="197" />
        <source>Mean DSC</source>
        <translation type="unfinished">평균 DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="199" />
        <source>AUC</source>
        <translation type="unfinished">AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="201" />
        <source>Accuracy</source>
        <translation type="unfinished">정확도</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>Figure</source>
        <translation type="unfinished">지표</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>New: %1</source>
        <translation type="unfinished">새 모델: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default: %1</source>
        <translation type="unfinished">기본 모델: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default</source>
        <translation type="unfinished">기본 모델</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="212" />
        <source>Frames</source>
        <translation type="unfinished">프레임 수</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="217" />
        <source>Both models judged on the same %1 validation frames, each at its own input size.</source>
        <translation type="unfinished">두 모델 모두 같은 검증 프레임 %1개에서 각자의 입력 크기로 평가했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Frame</source>
        <translation type="unfinished">프레임</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Patient</source>
        <translation type="unfinished">환자</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Reference</source>
        <translation type="unfinished">기준</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Predicted</source>
        <translation type="unfinished">예측</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>DSC</source>
        <translation type="unfinished">DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>Score</source>
        <translation type="unfinished">점수</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="232" />
        <source>Probabilities</source>
        <translation type="unfinished">확률</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="237" />
        <source>DSC of the predicted outline with the reference (1 = perfect)</source>
        <translation type="unfinished">예측 윤곽선과 기준 윤곽선의 DSC(1 = 완전 일치)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="238" />
        <source>Probability the model gave the reference class (1 = sure and right)</source>
        <translation type="unfinished">모델이 기준 클래스에 부여한 확률(1 = 확신하며 정답)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ViewerStatusBar</name>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="18" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="21" />
        <source>Stop this background task</source>
        <translation type="unfinished">이 백그라운드 작업을 중지합니다</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>Pixel under the cursor (column, row)</source>
        <translation type="unfinished">커서 위치의 픽셀(열, 행)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>x 0000, y 0000 px</source>
        <translation type="unfinished">x 0000, y 0000 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="28" />
        <source>Position in millimetres from the origin of the ultrasound region under the cursor</source>
        <translation type="unfinished">커서 아래 초음파 영역의 원점으로부터의 위치(mm)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="29" />
        <source>000.00, 000.00 mm (region 0)</source>
        <translation type="unfinished">000.00, 000.00 mm (영역 0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>Stored pixel value under the cursor</source>
        <translation type="unfinished">커서 위치의 저장된 픽셀 값</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>RGB 000, 000, 000</source>
        <translation type="unfinished">RGB 000, 000, 000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom (F: fit, 1: actual pixels, +/-: zoom)</source>
        <translation type="unfinished">배율(F: 맞추기, 1: 실제 픽셀, +/-: 확대/축소)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom 0000%</source>
        <translation type="unfinished">배율 0000%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="32" />
        <source>Window width / level (right-drag on the image to change, Ctrl+R to reset)</source>
        <translation type="unfinished">윈도우 폭 / 레벨(이미지에서 오른쪽 버튼 드래그로 변경, Ctrl+R로 초기화)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="33" />
        <source>W 00000 L 00000</source>
        <translation type="unfinished">W 00000 L 00000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="65" />
        <source>Zoom %1%</source>
        <translation type="unfinished">배율 %1%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="71" />
        <source>W/L: colour</source>
        <translation type="unfinished">W/L: 컬러</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="75" />
        <source>W/L: as stored</source>
        <translation type="unfinished">W/L: 저장값</translation>
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
        <translation>검사를 열거나(Ctrl+O) DICOM, 동영상 또는 이미지 파일을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="32" />
        <source>Open Study…</source>
        <translation>검사 열기…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="34" />
        <source>Open a DICOM, video or image file (Ctrl+O)</source>
        <translation type="unfinished">DICOM, 동영상 또는 이미지 파일을 엽니다(Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="36" />
        <source>Open Folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="37" />
        <source>Open a folder of images as one sequence (Ctrl+Shift+O)</source>
        <translation type="unfinished">이미지 폴더를 하나의 시퀀스로 엽니다(Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="45" />
        <source>Recent studies</source>
        <translation>최근 검사</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="49" />
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished">더블클릭하거나 Enter 키를 눌러 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="52" />
        <source>Research and teaching software: not a medical device.</source>
        <translation>연구 및 교육용 소프트웨어이며 의료기기가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="94" />
        <source>%1    %2</source>
        <translation type="unfinished">%1    %2</translation>
    </message>
</context>
</TS>