<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="46" />
        <source>One rater has no contour on this frame.</source>
        <translation type="unfinished">Uno de los evaluadores no tiene contorno en este fotograma.</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="54" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">El estudio no tiene calibración.</translation>
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="65" />
        <source>The region's x and y spacing differ; the distance is given in pixels only.</source>
        <translation type="unfinished">El espaciado en x e y de la región es distinto; la distancia se da solo en píxeles.</translation>
    </message>
</context>
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="71" />
        <source>Held-out phantoms (%1 patients): %2</source>
        <translation type="unfinished">Fantomas reservados (%1 pacientes): %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="82" />
        <source>Validation: %1 (no held-out figures in the card)</source>
        <translation type="unfinished">Validación: %1 (la ficha no incluye cifras de datos reservados)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ViewWarning.cpp" line="17" />
        <source>The study's series description or view code names its view; each model reads the view it was trained on</source>
        <translation type="unfinished">La descripción de la serie o el código de vista del estudio indica su vista; cada modelo lee la vista con la que se entrenó</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <location filename="../core/annotation/ContourStore.cpp" line="63" />
        <source>No contour with id %1.</source>
        <translation type="unfinished">No hay ningún contorno con id %1.</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="28" />
        <source>Add contour</source>
        <translation type="unfinished">Añadir contorno</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="51" />
        <source>Delete contour</source>
        <translation type="unfinished">Eliminar contorno</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Move vertices</source>
        <translation type="unfinished">Mover vértices</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Edit contour</source>
        <translation type="unfinished">Editar contorno</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="112" />
        <source>Set label</source>
        <translation type="unfinished">Asignar etiqueta</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Approve</source>
        <translation type="unfinished">Aprobar</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Set review status</source>
        <translation type="unfinished">Asignar estado de revisión</translation>
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="156" />
        <source>Grade</source>
        <translation type="unfinished">Asignar grado</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="50" />
        <source>A grade needs a binary grade, a severity or both.</source>
        <translation type="unfinished">Un grado requiere un grado binario, una gravedad o ambos.</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="54" />
        <source>Severity must be 0 (normal) to 3 (severe).</source>
        <translation type="unfinished">La gravedad debe ir de 0 (normal) a 3 (grave).</translation>
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="105" />
        <source>No grade with id %1.</source>
        <translation type="unfinished">No hay ningún grado con id %1.</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="43" />
        <source>Interpolation needs two key frames (frames with your manual or corrected contours) with frames between them around frame %1.</source>
        <translation type="unfinished">La interpolación necesita dos fotogramas clave (fotogramas con sus contornos manuales o corregidos) con fotogramas entre ellos en torno al fotograma %1.</translation>
    </message>
    <message>
        <location filename="../core/annotation/KeyFrameInterpolation.cpp" line="56" />
        <source>Key frames %1 and %2 hold %3 and %4 contours; interpolation needs the same number on both (a bifid nerve is two on each).</source>
        <translation type="unfinished">Los fotogramas clave %1 y %2 tienen %3 y %4 contornos; la interpolación necesita el mismo número en ambos (un nervio bífido son dos en cada uno).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="39" />
        <source>not set</source>
        <translation type="unfinished">sin asignar</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>CTS</source>
        <translation type="unfinished">STC</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="47" />
        <source>no CTS</source>
        <translation type="unfinished">sin STC</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="50" />
        <source>severity %1</source>
        <translation type="unfinished">gravedad %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="53" />
        <source>left wrist</source>
        <translation type="unfinished">muñeca izquierda</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="55" />
        <source>right wrist</source>
        <translation type="unfinished">muñeca derecha</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="57" />
        <source>%1 wrist</source>
        <translation type="unfinished">muñeca %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="102" />
        <source>Add contour</source>
        <translation type="unfinished">Añadir contorno</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="104" />
        <source>Edit contour</source>
        <translation type="unfinished">Editar contorno</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="106" />
        <source>Delete contour</source>
        <translation type="unfinished">Eliminar contorno</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="108" />
        <source>Restore contour</source>
        <translation type="unfinished">Restaurar contorno</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="110" />
        <source>Relabel contour</source>
        <translation type="unfinished">Reetiquetar contorno</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="112" />
        <source>Review status</source>
        <translation type="unfinished">Estado de revisión</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="114" />
        <source>Grade</source>
        <translation type="unfinished">Asignar grado</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="116" />
        <source>Withdraw grade</source>
        <translation type="unfinished">Retirar grado</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="118" />
        <source>Import study</source>
        <translation type="unfinished">Importar estudio</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="127" />
        <source>%1, %2 points, %3</source>
        <translation type="unfinished">%1, %2 puntos, %3</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="130" />
        <source>Vertices: %1 → %2 points</source>
        <translation type="unfinished">Vértices: %1 → %2 puntos</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="133" />
        <source>; source %1 → %2</source>
        <translation type="unfinished">; origen %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="137" />
        <source>%1, %2 points</source>
        <translation type="unfinished">%1, %2 puntos</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="139" />
        <source>Label: %1 → %2</source>
        <translation type="unfinished">Etiqueta: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="142" />
        <source>Status: %1 → %2</source>
        <translation type="unfinished">Estado: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/AuditLog.cpp" line="147" />
        <source>Withdrawn: %1</source>
        <translation type="unfinished">Retirado: %1</translation>
    </message>
</context>
<context>
    <name>BaseModel</name>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="16" />
        <source>no base model "%1" (a model name from `models list` or a card path)</source>
        <translation type="unfinished">no existe el modelo base "%1" (un nombre de modelo de `models list` o la ruta de una ficha)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="18" />
        <source>base model: %1</source>
        <translation type="unfinished">modelo base: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="29" />
        <source>base model %1 is a %2 model, not %3</source>
        <translation type="unfinished">el modelo base %1 es un modelo %2, no %3</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="31" />
        <source>base model %1 is a %2, not a %3 (use --arch %2)</source>
        <translation type="unfinished">el modelo base %1 es un %2, no un %3 (use --arch %2)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="33" />
        <source>base model %1 uses activation %2, not %3</source>
        <translation type="unfinished">el modelo base %1 usa la activación %2, no %3</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="35" />
        <source>base model %1 takes %2x%3 input, not %4x%5 (use --input %2x%3)</source>
        <translation type="unfinished">el modelo base %1 recibe entradas de %2x%3, no de %4x%5 (use --input %2x%3)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="38" />
        <source>base model %1 looks at a %2 mm crop around the nerve, not %3 mm (use --crop-mm %2)</source>
        <translation type="unfinished">el modelo base %1 analiza un recorte de %2 mm alrededor del nervio, no de %3 mm (use --crop-mm %2)</translation>
    </message>
    <message>
        <location filename="../inference/training/BaseModel.cpp" line="55" />
        <source>cannot load base model %1: %2</source>
        <translation type="unfinished">no se puede cargar el modelo base %1: %2</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/media/Calibration.cpp" line="72" />
        <source>The image carries no calibration (no ultrasound regions, no pixel spacing).</source>
        <translation type="unfinished">La imagen no lleva calibración (ni regiones de ecografía ni espaciado de píxel).</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="87" />
        <source>The measurement crosses ultrasound regions, so it has no single scale.</source>
        <translation type="unfinished">La medición cruza varias regiones de ecografía, por lo que no tiene una escala única.</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="88" />
        <source>The measurement lies outside every calibrated ultrasound region.</source>
        <translation type="unfinished">La medición queda fuera de todas las regiones de ecografía calibradas.</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="94" />
        <source>Ultrasound region %1 has no spatial calibration (units %2 x %3).</source>
        <translation type="unfinished">La región de ecografía %1 no tiene calibración espacial (unidades %2 x %3).</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="113" />
        <source>not calibrated</source>
        <translation type="unfinished">sin calibrar</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="115" />
        <source>pixel spacing %1 x %2 mm</source>
        <translation type="unfinished">espaciado de píxel %1 x %2 mm</translation>
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="120" />
        <source>%1 ultrasound regions, %2 spatially calibrated</source>
        <translation type="unfinished">%1 regiones de ecografía, %2 con calibración espacial</translation>
    </message>
</context>
<context>
    <name>CalibrationOverlay</name>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="104" />
        <source>Region %1: %2 mm/px</source>
        <translation type="unfinished">Región %1: %2 mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="105" />
        <source>Region %1: no scale</source>
        <translation type="unfinished">Región %1: sin escala</translation>
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
        <translation type="unfinished">evaluando %1 fotogramas de validación</translation>
    </message>
    <message>
        <location filename="../inference/training/CaseEvaluation.cpp" line="114" />
        <source>%1 is a %2 model, not %3</source>
        <translation type="unfinished">%1 es un modelo %2, no %3</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="31" />
        <source>cannot write %1 (is the disk full?): %2</source>
        <translation type="unfinished">no se puede escribir %1 (¿está lleno el disco?): %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="36" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">no se puede mover %1 a su ubicación</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="51" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="60" />
        <source>cannot serialise the checkpoint: %1</source>
        <translation type="unfinished">no se puede serializar el punto de control: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="81" />
        <source>checkpoint %1 is damaged (no run state)</source>
        <translation type="unfinished">el punto de control %1 está dañado (no tiene estado de ejecución)</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="86" />
        <source>cannot read checkpoint %1: %2</source>
        <translation type="unfinished">no se puede leer el punto de control %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="97" />
        <source>cannot serialise the weights: %1</source>
        <translation type="unfinished">no se pueden serializar los pesos: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Checkpoint.cpp" line="109" />
        <source>cannot read weights %1: %2</source>
        <translation type="unfinished">no se pueden leer los pesos %1: %2</translation>
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="14" />
        <source>GPU (CUDA, %n device(s))</source>
        <translation type="unfinished">
            <numerusform>GPU (CUDA, %n dispositivo)</numerusform>
            <numerusform>GPU (CUDA, %n dispositivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="15" />
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform>CPU, %n hilo</numerusform>
            <numerusform>CPU, %n hilos</numerusform>
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
        <translation type="unfinished">la carpeta del conjunto de datos %1 no existe</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="25" />
        <source>%1 has no readable manifest.json (make one with `nervescope-cli dataset synth`)</source>
        <translation type="unfinished">%1 no tiene un manifest.json legible (créelo con `nervescope-cli dataset synth`)</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="29" />
        <source>%1: manifest.json is not valid JSON: %2</source>
        <translation type="unfinished">%1: manifest.json no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="58" />
        <source>%1: image %2 is missing</source>
        <translation type="unfinished">%1: falta la imagen %2</translation>
    </message>
    <message>
        <location filename="../inference/DatasetManifest.cpp" line="62" />
        <source>%1: the manifest lists no frames</source>
        <translation type="unfinished">%1: el manifiesto no incluye ningún fotograma</translation>
    </message>
</context>
<context>
    <name>DicomExport</name>
    <message>
        <location filename="../core/export/dicom/DicomDeidentifier.cpp" line="192" />
        <source>no export key: cannot de-identify</source>
        <translation type="unfinished">no hay clave de exportación: no se puede desidentificar</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="51" />
        <source>cannot decompress the image to black out burned-in text (transfer syntax not supported)</source>
        <translation type="unfinished">no se puede descomprimir la imagen para tapar el texto incrustado (sintaxis de transferencia no admitida)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="63" />
        <source>cannot black out pixels of %1-bit images</source>
        <translation type="unfinished">no se pueden tapar píxeles en imágenes de %1 bits</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="67" />
        <source>the file has no pixel data to black out</source>
        <translation type="unfinished">el archivo no tiene datos de píxel que tapar</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="70" />
        <source>cannot read the pixel data to black out</source>
        <translation type="unfinished">no se pueden leer los datos de píxel para taparlos</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomPixelBlackout.cpp" line="74" />
        <source>the pixel data is shorter than the header says</source>
        <translation type="unfinished">los datos de píxel son más cortos de lo que indica la cabecera</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="44" />
        <source>the mask of frame %1 is %2x%3 pixels but the image is %4x%5</source>
        <translation type="unfinished">la máscara del fotograma %1 mide %2x%3 píxeles, pero la imagen mide %4x%5</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="54" />
        <source>frame %1 has neither a mask nor a contour</source>
        <translation type="unfinished">el fotograma %1 no tiene ni máscara ni contorno</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="74" />
        <source>%1 has no annotated frame to export</source>
        <translation type="unfinished">%1 no tiene ningún fotograma anotado que exportar</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="76" />
        <source>Writing DICOM SEG for %1</source>
        <translation type="unfinished">Escribiendo DICOM SEG de %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="102" />
        <source>frame %1 does not exist in %2 (%3 frames)</source>
        <translation type="unfinished">el fotograma %1 no existe en %2 (%3 fotogramas)</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="107" />
        <source>frame %1 is listed twice</source>
        <translation type="unfinished">el fotograma %1 aparece dos veces</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="131" />
        <source>cannot start the segmentation: %1</source>
        <translation type="unfinished">no se puede iniciar la segmentación: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="179" />
        <source>cannot describe the segment: %1</source>
        <translation type="unfinished">no se puede describir el segmento: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="184" />
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="122" />
        <source>export cancelled</source>
        <translation type="unfinished">exportación cancelada</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="209" />
        <source>cannot add frame %1 to the segmentation: %2</source>
        <translation type="unfinished">no se puede añadir el fotograma %1 a la segmentación: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSegWriter.cpp" line="223" />
        <source>the segmentation is not valid DICOM: %1</source>
        <translation type="unfinished">la segmentación no es un DICOM válido: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="64" />
        <source>cannot read %1 as DICOM: %2</source>
        <translation type="unfinished">no se puede leer %1 como DICOM: %2</translation>
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
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSourceCopy.cpp" line="120" />
        <source>cannot write %1</source>
        <translation type="unfinished">no se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="82" />
        <source>%1 has no frame with a calibrated nerve area, so there is nothing to report</source>
        <translation type="unfinished">%1 no tiene ningún fotograma con área del nervio calibrada, así que no hay nada que informar</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="87" />
        <source>Writing DICOM SR for %1</source>
        <translation type="unfinished">Escribiendo DICOM SR de %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="117" />
        <source>cannot start the measurement report: %1</source>
        <translation type="unfinished">no se puede iniciar el informe de mediciones: %1</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="126" />
        <source>frame %1 does not exist in %2</source>
        <translation type="unfinished">el fotograma %1 no existe en %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="154" />
        <source>cannot add the area of frame %1: %2</source>
        <translation type="unfinished">no se puede añadir el área del fotograma %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomSrWriter.cpp" line="176" />
        <source>the measurement report is not valid DICOM: %1</source>
        <translation type="unfinished">el informe de mediciones no es un DICOM válido: %1</translation>
    </message>
</context>
<context>
    <name>DicomFrameSource</name>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="84" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="101" />
        <source>floating-point pixel data is not supported</source>
        <translation type="unfinished">no se admiten datos de píxel en coma flotante</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="103" />
        <source>it holds no image (no pixel data)</source>
        <translation type="unfinished">no contiene ninguna imagen (no hay datos de píxel)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="104" />
        <source>it holds no image (it is a %1 object)</source>
        <translation type="unfinished">no contiene ninguna imagen (es un objeto %1)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="109" />
        <source>its pixel data element is malformed</source>
        <translation type="unfinished">su elemento de datos de píxel está mal formado</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="141" />
        <source>the image size (Rows, Columns) is missing</source>
        <translation type="unfinished">falta el tamaño de la imagen (Rows, Columns)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="154" />
        <source>its compressed pixel data is malformed</source>
        <translation type="unfinished">sus datos de píxel comprimidos están mal formados</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="168" />
        <source>its transfer syntax %1 (%2) is not supported</source>
        <translation type="unfinished">no se admite su sintaxis de transferencia %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="175" />
        <source>its transfer syntax %1 is not supported</source>
        <translation type="unfinished">no se admite su sintaxis de transferencia %1</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="189" />
        <source>its pixel data is compressed although the transfer syntax says it is not</source>
        <translation type="unfinished">sus datos de píxel están comprimidos aunque la sintaxis de transferencia indica que no lo están</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="193" />
        <source>its pixel data holds %1 bytes, %2 frames of %3 x %4 need %5 (the file may be truncated)</source>
        <translation type="unfinished">sus datos de píxel ocupan %1 bytes; %2 fotogramas de %3 x %4 necesitan %5 (puede que el archivo esté truncado)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="199" />
        <source>the file is truncated inside its pixel data</source>
        <translation type="unfinished">el archivo está truncado dentro de sus datos de píxel</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="223" />
        <source>High-Throughput JPEG 2000</source>
        <translation type="unfinished">High-Throughput JPEG 2000</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="248" />
        <source>Frame %1 of %2 could not be decoded: %3.</source>
        <translation type="unfinished">No se pudo decodificar el fotograma %1 de %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="250" />
        <source>unknown error</source>
        <translation type="unfinished">error desconocido</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="273" />
        <source>its pixel data cannot be read (the file may be truncated)</source>
        <translation type="unfinished">no se pueden leer sus datos de píxel (puede que el archivo esté truncado)</translation>
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="285" />
        <source>the frame size cannot be determined</source>
        <translation type="unfinished">no se puede determinar el tamaño del fotograma</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="41" />
        <source>the file does not exist</source>
        <translation type="unfinished">el archivo no existe</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="45" />
        <source>it is a folder, not a DICOM file</source>
        <translation type="unfinished">es una carpeta, no un archivo DICOM</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="49" />
        <source>the file is empty</source>
        <translation type="unfinished">el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="53" />
        <source>permission denied</source>
        <translation type="unfinished">permiso denegado</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="65" />
        <source>the file is truncated (it ends in the middle of an element)</source>
        <translation type="unfinished">el archivo está truncado (termina en mitad de un elemento)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="67" />
        <source>the file is damaged (%1)</source>
        <translation type="unfinished">el archivo está dañado (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="79" />
        <source>it is not a DICOM file</source>
        <translation type="unfinished">no es un archivo DICOM</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM image</source>
        <translation type="unfinished">Imagen DICOM</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM (SOP class %1)</source>
        <translation type="unfinished">DICOM (clase SOP %1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="108" />
        <source>%1 (retired)</source>
        <translation type="unfinished">%1 (retirada)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="163" />
        <source>Patient name</source>
        <translation type="unfinished">Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="164" />
        <location filename="../core/workspace/StudyStore.cpp" line="61" />
        <source>Patient ID</source>
        <translation type="unfinished">ID del paciente</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="165" />
        <source>Study date</source>
        <translation type="unfinished">Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="166" />
        <source>Study description</source>
        <translation type="unfinished">Descripción del estudio</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="167" />
        <source>Series description</source>
        <translation type="unfinished">Descripción de la serie</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="168" />
        <source>Modality</source>
        <translation type="unfinished">Modalidad</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="169" />
        <source>Manufacturer</source>
        <translation type="unfinished">Fabricante</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="105" />
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="170" />
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="171" />
        <source>Transducer</source>
        <translation type="unfinished">Transductor</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="172" />
        <source>Body part</source>
        <translation type="unfinished">Región anatómica</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="173" />
        <source>View</source>
        <translation type="unfinished">Vista</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="177" />
        <source>Side</source>
        <translation type="unfinished">Lado</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="174" />
        <source>left</source>
        <translation type="unfinished">izquierda</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="175" />
        <source>right</source>
        <translation type="unfinished">derecha</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="178" />
        <source>SOP Class</source>
        <translation type="unfinished">Clase SOP</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="179" />
        <source>Transfer syntax</source>
        <translation type="unfinished">Sintaxis de transferencia</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="180" />
        <source>Photometric</source>
        <translation type="unfinished">Fotométrica</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="181" />
        <source>Frames</source>
        <translation type="unfinished">Fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>Size</source>
        <translation type="unfinished">Tamaño</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="182" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>Bits</source>
        <translation type="unfinished">Bits</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="183" />
        <source>%1 stored of %2 allocated, %3</source>
        <translation type="unfinished">%1 almacenados de %2 asignados, %3</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>signed</source>
        <translation type="unfinished">con signo</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="186" />
        <source>unsigned</source>
        <translation type="unfinished">sin signo</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>Frame rate</source>
        <translation type="unfinished">Frecuencia de fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>%1 frames/s</source>
        <translation type="unfinished">%1 fotogramas/s</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="187" />
        <source>not given</source>
        <translation type="unfinished">no indicado</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="188" />
        <source>Calibration</source>
        <translation type="unfinished">Calibración</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="190" />
        <source>Window</source>
        <translation type="unfinished">Ventana</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="191" />
        <source>centre %1, width %2</source>
        <translation type="unfinished">centro %1, ancho %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="42" />
        <source>the compressed pixel data holds no fragments</source>
        <translation type="unfinished">los datos de píxel comprimidos no contienen fragmentos</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="51" />
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="104" />
        <source>fragment %1 of the compressed pixel data is unreadable</source>
        <translation type="unfinished">el fragmento %1 de los datos de píxel comprimidos es ilegible</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="93" />
        <source>the compressed pixel data holds %1 fragments for %2 frames</source>
        <translation type="unfinished">los datos de píxel comprimidos contienen %1 fragmentos para %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="109" />
        <source>cannot tell which of the %1 fragments belong to which of the %2 frames</source>
        <translation type="unfinished">no se puede saber qué fragmentos de los %1 pertenecen a cada uno de los %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="125" />
        <source>the offset table points between fragments</source>
        <translation type="unfinished">la tabla de desplazamientos apunta entre fragmentos</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="128" />
        <source>the offset table is not in ascending order</source>
        <translation type="unfinished">la tabla de desplazamientos no está en orden ascendente</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="149" />
        <source>fragment %1 is missing</source>
        <translation type="unfinished">falta el fragmento %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="154" />
        <source>the frame's compressed data is empty or too large</source>
        <translation type="unfinished">los datos comprimidos del fotograma están vacíos o son demasiado grandes</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="162" />
        <source>the compressed data of the frame cannot be read (the file may be truncated)</source>
        <translation type="unfinished">no se pueden leer los datos comprimidos del fotograma (puede que el archivo esté truncado)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="101" />
        <source>the fragment does not start with a JPEG 2000 codestream</source>
        <translation type="unfinished">el fragmento no empieza con un flujo de código JPEG 2000</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="105" />
        <source>OpenJPEG could not create a decoder</source>
        <translation type="unfinished">OpenJPEG no pudo crear un decodificador</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="113" />
        <source>OpenJPEG rejected the decoder parameters</source>
        <translation type="unfinished">OpenJPEG rechazó los parámetros del decodificador</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="118" />
        <source>OpenJPEG could not create a stream</source>
        <translation type="unfinished">OpenJPEG no pudo crear un flujo</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="129" />
        <source>the JPEG 2000 header is damaged (%1)</source>
        <translation type="unfinished">la cabecera JPEG 2000 está dañada (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="131" />
        <source>the JPEG 2000 codestream is damaged (%1)</source>
        <translation type="unfinished">el flujo de código JPEG 2000 está dañado (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="135" />
        <source>the JPEG 2000 frame has %1 components, %2 expected</source>
        <translation type="unfinished">el fotograma JPEG 2000 tiene %1 componentes; se esperaban %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="139" />
        <source>the JPEG 2000 frame has no data for component %1</source>
        <translation type="unfinished">el fotograma JPEG 2000 no tiene datos para el componente %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="141" />
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation type="unfinished">el fotograma JPEG 2000 mide %1 x %2, pero la cabecera indica %3 x %4</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="47" />
        <source>a discrete segment runs past the end of the data</source>
        <translation type="unfinished">un segmento discreto sobrepasa el final de los datos</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="53" />
        <source>a linear segment has no previous entry to start from</source>
        <translation type="unfinished">un segmento lineal no tiene una entrada anterior desde la que empezar</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="55" />
        <source>a linear segment has no end value</source>
        <translation type="unfinished">un segmento lineal no tiene valor final</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="64" />
        <source>an indirect segment comes first</source>
        <translation type="unfinished">un segmento indirecto aparece en primer lugar</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="66" />
        <source>an indirect segment points at another indirect segment</source>
        <translation type="unfinished">un segmento indirecto apunta a otro segmento indirecto</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="72" />
        <location filename="../core/media/dicom/PaletteLut.cpp" line="77" />
        <source>an indirect segment is cut short</source>
        <translation type="unfinished">un segmento indirecto está incompleto</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="84" />
        <source>an indirect segment points past the end of the data</source>
        <translation type="unfinished">un segmento indirecto apunta más allá del final de los datos</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="90" />
        <source>unknown segment type %1</source>
        <translation type="unfinished">tipo de segmento desconocido %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="179" />
        <source>the %1 palette colour lookup table descriptor is missing</source>
        <translation type="unfinished">falta el descriptor de la tabla de consulta de color de paleta %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="194" />
        <source>the %1 palette colour lookup table is shorter than its descriptor says</source>
        <translation type="unfinished">la tabla de consulta de color de paleta %1 es más corta de lo que indica su descriptor</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="207" />
        <source>the segmented %1 palette cannot be expanded: %2</source>
        <translation type="unfinished">no se puede expandir la paleta segmentada %1: %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="208" />
        <source>it is empty</source>
        <translation type="unfinished">está vacía</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="213" />
        <source>the %1 palette colour lookup table data is missing</source>
        <translation type="unfinished">faltan los datos de la tabla de consulta de color de paleta %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="231" />
        <source>the %1 palette colour lookup table is empty</source>
        <translation type="unfinished">la tabla de consulta de color de paleta %1 está vacía</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="193" />
        <source>the image has no rows or columns</source>
        <translation type="unfinished">la imagen no tiene filas ni columnas</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="195" />
        <source>a %1 x %2 frame with %3 samples per pixel is too large</source>
        <translation type="unfinished">un fotograma de %1 x %2 con %3 muestras por píxel es demasiado grande</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="200" />
        <source>%1-bit pixel data is not supported (only 1-, 8- and 16-bit)</source>
        <translation type="unfinished">no se admiten datos de píxel de %1 bits (solo de 1, 8 y 16 bits)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="202" />
        <source>Bits Stored (%1) does not fit in Bits Allocated (%2)</source>
        <translation type="unfinished">Bits Stored (%1) no cabe en Bits Allocated (%2)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="204" />
        <source>High Bit (%1) does not fit Bits Stored (%2)</source>
        <translation type="unfinished">High Bit (%1) no encaja con Bits Stored (%2)</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="209" />
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="216" />
        <source>%1 with %2 samples per pixel is not valid</source>
        <translation type="unfinished">%1 con %2 muestras por píxel no es válido</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="211" />
        <source>1-bit palette colour is not supported</source>
        <translation type="unfinished">no se admite el color de paleta de 1 bit</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="218" />
        <source>1-bit colour is not supported</source>
        <translation type="unfinished">no se admite el color de 1 bit</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="220" />
        <source>YBR_FULL_422 needs an even number of pixels and colour-by-pixel order</source>
        <translation type="unfinished">YBR_FULL_422 necesita un número par de píxeles y orden de color por píxel</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="224" />
        <source>the Photometric Interpretation is missing</source>
        <translation type="unfinished">falta la Photometric Interpretation</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="225" />
        <source>the photometric interpretation %1 is not supported</source>
        <translation type="unfinished">no se admite la interpretación fotométrica %1</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="240" />
        <source>the frame holds %1 bytes, %2 expected</source>
        <translation type="unfinished">el fotograma contiene %1 bytes; se esperaban %2</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="251" />
        <source>the palette colour lookup tables are missing</source>
        <translation type="unfinished">faltan las tablas de consulta de color de paleta</translation>
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="261" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">no hay memoria suficiente para un fotograma de %1 x %2</translation>
    </message>
</context>
<context>
    <name>DisplayFrames</name>
    <message>
        <location filename="../core/media/DisplayFrames.cpp" line="16" />
        <source>frame %1: %2</source>
        <translation type="unfinished">fotograma %1: %2</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="22" />
        <source>evaluation cancelled</source>
        <translation type="unfinished">evaluación cancelada</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="49" />
        <source>none of the %1 %2-split frames of the %3 view in %4 has a %5 to score %6 against</source>
        <translation type="unfinished">ninguno de los %1 fotogramas de la partición %2 de la vista %3 en %4 tiene %5 para evaluar %6</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>CTS label</source>
        <translation type="unfinished">etiqueta de STC</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="51" />
        <source>severity grade</source>
        <translation type="unfinished">grado de gravedad</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="134" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="140" />
        <source>scored %1 of %2 frames</source>
        <translation type="unfinished">puntuados %1 de %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="168" />
        <source>graded %1 of %2 frames</source>
        <translation type="unfinished">clasificados %1 de %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../inference/Evaluation.cpp" line="157" />
        <location filename="../inference/ModelComparison.cpp" line="271" />
        <source>the nerve was found in none of the %1 frames, so none could be graded</source>
        <translation type="unfinished">el nervio no se encontró en ninguno de los %1 fotogramas, así que no se pudo clasificar ninguno</translation>
    </message>
    <message>
        <location filename="../inference/EvaluationPass.cpp" line="56" />
        <source>%1 has no %2-split frames of the %3 view to evaluate %4 on</source>
        <translation type="unfinished">%1 no tiene fotogramas de la partición %2 de la vista %3 en los que evaluar %4</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="235" />
        <source>%1 is a %2 model and %3 a %4 model: only models of one task can be compared</source>
        <translation type="unfinished">%1 es un modelo de %2 y %3 un modelo de %4: solo se pueden comparar modelos de la misma tarea</translation>
    </message>
    <message>
        <location filename="../inference/ModelComparison.cpp" line="240" />
        <source>%1 reads the %2 view and %3 the %4 view: choose one with --view</source>
        <translation type="unfinished">%1 lee la vista %2 y %3 la vista %4: elija una con --view</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="22" />
        <source>Occlusion sensitivity</source>
        <translation type="unfinished">Sensibilidad a la oclusión</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="23" />
        <source>LIME (superpixels)</source>
        <translation type="unfinished">LIME (superpíxeles)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="24" />
        <source>Grad-CAM (coarse)</source>
        <translation type="unfinished">Grad-CAM (aproximado)</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="76" />
        <source>mean P = %1</source>
        <translation type="unfinished">P media = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="77" />
        <source>P = %1</source>
        <translation type="unfinished">P = %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="79" />
        <source>mean log-odds %1</source>
        <translation type="unfinished">log-odds medio %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/ExplainOptions.cpp" line="80" />
        <source>log-odds %1 (P = %2)</source>
        <translation type="unfinished">log-odds %1 (P = %2)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="53" />
        <source>model %1 (%2) cannot be explained: it is neither a segmentation model nor a CTS classifier</source>
        <translation type="unfinished">el modelo %1 (%2) no se puede explicar: no es ni un modelo de segmentación ni un clasificador de STC</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="133" />
        <source>class %1 does not exist: model %2 has %3 classes (%4)</source>
        <translation type="unfinished">la clase %1 no existe: el modelo %2 tiene %3 clases (%4)</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="93" />
        <source>an empty frame cannot be explained</source>
        <translation type="unfinished">no se puede explicar un fotograma vacío</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="65" />
        <source>model %1 looks at a crop around the nerve and needs a segmentation model to find it: %2</source>
        <translation type="unfinished">el modelo %1 analiza un recorte alrededor del nervio y necesita un modelo de segmentación para encontrarlo: %2</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="100" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">no se pudo localizar el nervio: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="103" />
        <source>%1 found no nerve on this frame, so there is no crop for %2 to explain</source>
        <translation type="unfinished">%1 no encontró ningún nervio en este fotograma, así que no hay recorte que %2 pueda explicar</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="182" />
        <source>Scoring the frame…</source>
        <translation type="unfinished">Puntuando el fotograma…</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="218" />
        <source>Grad-CAM done</source>
        <translation type="unfinished">Grad-CAM terminado</translation>
    </message>
    <message>
        <location filename="../inference/explain/Explainer.cpp" line="227" />
        <source>explanation failed: %1</source>
        <translation type="unfinished">la explicación falló: %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="84" />
        <source>cannot write %1 (is the folder writable and the suffix an image format?)</source>
        <translation type="unfinished">no se puede escribir %1 (¿se puede escribir en la carpeta y la extensión es de un formato de imagen?)</translation>
    </message>
    <message>
        <location filename="../inference/explain/HeatmapImage.cpp" line="109" />
        <source>cannot write the float TIFF %1</source>
        <translation type="unfinished">no se puede escribir el TIFF de coma flotante %1</translation>
    </message>
    <message>
        <location filename="../inference/explain/Lime.cpp" line="148" />
        <source>LIME: %1 of %2 samples</source>
        <translation type="unfinished">LIME: %1 de %2 muestras</translation>
    </message>
    <message>
        <location filename="../inference/explain/Occlusion.cpp" line="50" />
        <source>Occlusion: %1 of %2 windows</source>
        <translation type="unfinished">Oclusión: %1 de %2 ventanas</translation>
    </message>
    <message>
        <location filename="../inference/explain/GradCam.cpp" line="82" />
        <source>Grad-CAM is not offered for this model; use occlusion or LIME</source>
        <translation type="unfinished">Grad-CAM no está disponible para este modelo; use oclusión o LIME</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/Blackout.cpp" line="33" />
        <source>blackout must be outside-regions or X,Y,W,H in pixels (got "%1")</source>
        <translation type="unfinished">blackout debe ser outside-regions o X,Y,W,H en píxeles (se recibió "%1")</translation>
    </message>
    <message>
        <location filename="../core/export/Blackout.cpp" line="50" />
        <source>the source has no ultrasound regions, so "outside the regions" is unknown (use a rectangle instead)</source>
        <translation type="unfinished">la fuente no tiene regiones de ecografía, así que «fuera de las regiones» no está definido (use un rectángulo)</translation>
    </message>
    <message>
        <location filename="../core/export/CocoWriter.cpp" line="20" />
        <location filename="../core/export/NnUnetWriter.cpp" line="21" />
        <location filename="../core/export/PngDatasetWriter.cpp" line="46" />
        <source>cannot create folders in %1</source>
        <translation type="unfinished">no se pueden crear carpetas en %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="59" />
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="35" />
        <location filename="../core/export/StudyFrames.cpp" line="60" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="117" />
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="64" />
        <source>writing frame %1 of %2</source>
        <translation type="unfinished">escribiendo el fotograma %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="51" />
        <source>The workspace has no study with id %1.</source>
        <translation type="unfinished">El espacio de trabajo no tiene ningún estudio con id %1.</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="62" />
        <source>reading study %1</source>
        <translation type="unfinished">leyendo el estudio %1</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="101" />
        <location filename="../core/export/StudyFrames.cpp" line="19" />
        <source>Study %1 cannot be opened: %2</source>
        <translation type="unfinished">No se puede abrir el estudio %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportCollector.cpp" line="122" />
        <source>studies read</source>
        <translation type="unfinished">estudios leídos</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="34" />
        <source>%1 already exists and is not an empty folder; choose a new output folder</source>
        <translation type="unfinished">%1 ya existe y no es una carpeta vacía; elija una nueva carpeta de salida</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="40" />
        <source>cannot create %1 (is the folder writable?)</source>
        <translation type="unfinished">no se puede crear %1 (¿se puede escribir en la carpeta?)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="50" />
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished">no se puede cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="59" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/ExportFiles.cpp" line="67" />
        <source>cannot write %1: %2 (is the disk full or read-only?)</source>
        <translation type="unfinished">no se puede escribir %1: %2 (¿está el disco lleno o es de solo lectura?)</translation>
    </message>
    <message>
        <location filename="../core/export/ExportPlan.cpp" line="19" />
        <source>split fractions must be train &gt; 0, val and test &gt;= 0 and add up to 1 (got %1/%2/%3)</source>
        <translation type="unfinished">las fracciones de partición deben ser train &gt; 0, val y test &gt;= 0 y sumar 1 (se recibió %1/%2/%3)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="65" />
        <source>nothing to export: no contours match the selection in %1</source>
        <translation type="unfinished">nada que exportar: ningún contorno coincide con la selección en %1</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="73" />
        <source>nothing to export: none of the %1 stud(ies) with matching contours is a DICOM file (%2 needs DICOM sources; use png, coco or nnunet for videos and images)</source>
        <translation type="unfinished">nada que exportar: ninguno de los %1 estudios con contornos coincidentes es un archivo DICOM (%2 necesita fuentes DICOM; use png, coco o nnunet para vídeos e imágenes)</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="106" />
        <source>done</source>
        <translation type="unfinished">terminado</translation>
    </message>
    <message>
        <location filename="../core/export/MeasurementsCsvWriter.cpp" line="38" />
        <source>measuring study %1</source>
        <translation type="unfinished">midiendo el estudio %1</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="32" />
        <source>Study %1, %2</source>
        <translation type="unfinished">Estudio %1, %2</translation>
    </message>
    <message>
        <location filename="../core/export/StudyFrames.cpp" line="42" />
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="142" />
        <source>Study %1: %2</source>
        <translation type="unfinished">Estudio %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="60" />
        <source>study %1 skipped: its source is a %2, not DICOM, so there is no image a DICOM object could reference</source>
        <translation type="unfinished">se omitió el estudio %1: su fuente es un %2, no DICOM, así que no hay imagen a la que un objeto DICOM pueda hacer referencia</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="134" />
        <source>study %1 (rater %2) skipped: no calibrated nerve area to report</source>
        <translation type="unfinished">se omitió el estudio %1 (evaluador %2): no hay área del nervio calibrada que informar</translation>
    </message>
    <message>
        <location filename="../core/export/dicom/DicomDatasetExport.cpp" line="150" />
        <source>nothing to export: no DICOM study has a calibrated nerve area for a measurement report</source>
        <translation type="unfinished">nada que exportar: ningún estudio DICOM tiene un área del nervio calibrada para un informe de mediciones</translation>
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="15" />
        <source>Frame %1 does not exist (the study has %2 frames).</source>
        <translation type="unfinished">El fotograma %1 no existe (el estudio tiene %2 fotogramas).</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="31" />
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished">No se pudo decodificar el fotograma %1.</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="45" />
        <source>The scan was cancelled.</source>
        <translation type="unfinished">Se canceló el análisis.</translation>
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="55" />
        <source>Checked frame %1 of %2</source>
        <translation type="unfinished">Comprobado el fotograma %1 de %2</translation>
    </message>
</context>
<context>
    <name>GradeLabel</name>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="11" />
        <source>normal</source>
        <translation type="unfinished">normal</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="12" />
        <source>mild CTS</source>
        <translation type="unfinished">STC leve</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="13" />
        <source>moderate CTS</source>
        <translation type="unfinished">STC moderado</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="14" />
        <source>severe CTS</source>
        <translation type="unfinished">STC grave</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>CTS</source>
        <translation type="unfinished">STC</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="19" />
        <source>no CTS</source>
        <translation type="unfinished">sin STC</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="26" />
        <source>left wrist</source>
        <translation type="unfinished">muñeca izquierda</translation>
    </message>
    <message>
        <location filename="../ui/GradeLabel.cpp" line="28" />
        <source>right wrist</source>
        <translation type="unfinished">muñeca derecha</translation>
    </message>
</context>
<context>
    <name>Grader</name>
    <message>
        <location filename="../inference/Grader.cpp" line="51" />
        <source>model %1 is a %2 model, not a CTS classifier</source>
        <translation type="unfinished">el modelo %1 es un modelo de %2, no un clasificador de STC</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="60" />
        <source>model %1 grades a %2 mm crop around the nerve and needs a segmentation model to find it: %3</source>
        <translation type="unfinished">el modelo %1 clasifica un recorte de %2 mm alrededor del nervio y necesita un modelo de segmentación para encontrarlo: %3</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="95" />
        <source>finding the nerve failed: %1</source>
        <translation type="unfinished">no se pudo localizar el nervio: %1</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="102" />
        <source>an empty frame cannot be graded</source>
        <translation type="unfinished">no se puede clasificar un fotograma vacío</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="116" />
        <source>model %1: %2</source>
        <translation type="unfinished">modelo %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/Grader.cpp" line="127" />
        <source>grading failed: %1</source>
        <translation type="unfinished">la clasificación falló: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="13" />
        <source>About NerveScope</source>
        <translation type="unfinished">Acerca de NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="15" />
        <source>&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;View, contour and grade median-nerve ultrasound; train and explain segmentation and carpal tunnel syndrome grading models.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;Visualice, contornee y gradúe ecografías del nervio mediano; entrene y explique modelos de segmentación y de graduación del síndrome del túnel carpiano.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="20" />
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope is not a medical device.&lt;/b&gt; Its synthetic default models are not clinically validated; do not use it for diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). No hay garantía.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope no es un producto sanitario.&lt;/b&gt; Sus modelos sintéticos predeterminados no están validados clínicamente; no lo utilice para el diagnóstico.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="36" />
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Mouse: the wheel zooms around the cursor, drag or middle-drag pans, right-drag changes the window (horizontal) and the level (vertical).&lt;/p&gt;</source>
        <translation type="unfinished">&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Ratón: la rueda amplía alrededor del cursor; arrastrar o arrastrar con el botón central desplaza la imagen; arrastrar con el botón derecho cambia la ventana (horizontal) y el nivel (vertical).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished">Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="27" />
        <location filename="../core/media/ImageFrameSource.cpp" line="52" />
        <source>the file does not exist</source>
        <translation type="unfinished">el archivo no existe</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="28" />
        <location filename="../core/media/ImageFrameSource.cpp" line="56" />
        <source>the file cannot be read</source>
        <translation type="unfinished">no se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="29" />
        <source>it is not an image format NerveScope can read</source>
        <translation type="unfinished">no es un formato de imagen que NerveScope pueda leer</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="30" />
        <source>the image data is damaged or incomplete</source>
        <translation type="unfinished">los datos de la imagen están dañados o incompletos</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="33" />
        <source>the image cannot be decoded</source>
        <translation type="unfinished">no se puede decodificar la imagen</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="67" />
        <source>%1 images are not supported</source>
        <translation type="unfinished">no se admiten imágenes %1</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="71" />
        <source>page %1 cannot be found</source>
        <translation type="unfinished">no se encuentra la página %1</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="77" />
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation type="unfinished">la imagen es demasiado grande (%1 x %2 píxeles)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="151" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">escala de grises, 8 bits</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="152" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">escala de grises, 16 bits</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="153" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">color (RGB), 8 bits por canal</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="156" />
        <source>; 16 bits per channel in the file</source>
        <translation type="unfinished">; 16 bits por canal en el archivo</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="158" />
        <source>; transparency ignored</source>
        <translation type="unfinished">; transparencia ignorada</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="236" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>Multi-page %1 image</source>
        <translation type="unfinished">Imagen %1 de varias páginas</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>%1 image</source>
        <translation type="unfinished">Imagen %1</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="260" />
        <source>Format</source>
        <translation type="unfinished">Formato</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="262" />
        <source>Pages</source>
        <translation type="unfinished">Páginas</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>Image size</source>
        <translation type="unfinished">Tamaño de imagen</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="264" />
        <source>Pixels</source>
        <translation type="unfinished">Píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="265" />
        <source>File size</source>
        <translation type="unfinished">Tamaño del archivo</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="277" />
        <source>Page %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">No se puede decodificar la página %1 de %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="278" />
        <source>%1 cannot be decoded: %2.</source>
        <translation type="unfinished">No se puede decodificar %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="282" />
        <source>%1 changed on disk: it is now %2 x %3 pixels.</source>
        <translation type="unfinished">%1 cambió en el disco: ahora mide %2 x %3 píxeles.</translation>
    </message>
</context>
<context>
    <name>ImageSequenceSource</name>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="17" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="35" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="38" />
        <source>the folder does not exist</source>
        <translation type="unfinished">la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="40" />
        <source>it is not a folder</source>
        <translation type="unfinished">no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="42" />
        <source>the folder cannot be read</source>
        <translation type="unfinished">no se puede leer la carpeta</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="50" />
        <source>the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM)</source>
        <translation type="unfinished">la carpeta no contiene imágenes (PNG, JPEG, TIFF, BMP, PGM o PPM)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="61" />
        <location filename="../core/media/ImageSequenceSource.cpp" line="68" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="70" />
        <source>%1 is %2 but %3 is %4; all images in a folder must have the same size</source>
        <translation type="unfinished">%1 mide %2 pero %3 mide %4; todas las imágenes de una carpeta deben tener el mismo tamaño</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="90" />
        <source>%1 image sequence</source>
        <translation type="unfinished">Secuencia de imágenes %1</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="91" />
        <source>Image sequence (%1)</source>
        <translation type="unfinished">Secuencia de imágenes (%1)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="96" />
        <source>Format</source>
        <translation type="unfinished">Formato</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="97" />
        <source>Images</source>
        <translation type="unfinished">Imágenes</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="98" />
        <source>First image</source>
        <translation type="unfinished">Primera imagen</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="99" />
        <source>Last image</source>
        <translation type="unfinished">Última imagen</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="100" />
        <source>Image size</source>
        <translation type="unfinished">Tamaño de imagen</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished">escala de grises, 16 bits</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished">escala de grises, 8 bits</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished">color (RGB), 8 bits por canal</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="102" />
        <source>Pixels</source>
        <translation type="unfinished">Píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>Frame rate</source>
        <translation type="unfinished">Frecuencia de fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>not stated (a folder of images has no timing)</source>
        <translation type="unfinished">no indicada (una carpeta de imágenes no tiene información temporal)</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="116" />
        <source>Frame %1 (%2) cannot be decoded: %3.</source>
        <translation type="unfinished">No se puede decodificar el fotograma %1 (%2): %3.</translation>
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="120" />
        <source>Frame %1 (%2) is %3, not %4 like the rest of the sequence.</source>
        <translation type="unfinished">El fotograma %1 (%2) es %3, no %4 como el resto de la secuencia.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="57" />
        <source>cannot copy %1 into the workspace (is the disk full?)</source>
        <translation type="unfinished">no se puede copiar %1 al espacio de trabajo (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="97" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">el espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="104" />
        <source>%1 holds no images to import</source>
        <translation type="unfinished">%1 no contiene imágenes que importar</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="111" />
        <source>cancelled</source>
        <translation type="unfinished">cancelado</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="114" />
        <source>importing image %1 of %2</source>
        <translation type="unfinished">importando la imagen %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetImport.cpp" line="184" />
        <source>done</source>
        <translation type="unfinished">terminado</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="34" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="40" />
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished">%1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="51" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">no se puede leer la máscara %1</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="94" />
        <location filename="../core/export/DatasetReader.cpp" line="207" />
        <location filename="../core/export/DatasetReader.cpp" line="255" />
        <source>Cancelled.</source>
        <translation type="unfinished">Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="95" />
        <source>reading the manifest</source>
        <translation type="unfinished">leyendo el manifiesto</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="99" />
        <source>manifest row %1 names a missing image %2</source>
        <translation type="unfinished">la fila %1 del manifiesto menciona una imagen que falta: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="165" />
        <source>annotation %1's run-length encoded mask cannot be read: %2</source>
        <translation type="unfinished">no se puede leer la máscara codificada por longitud de series de la anotación %1: %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="172" />
        <source>annotation %1's mask is %2 x %3 pixels, but its image %4 is %5 x %6</source>
        <translation type="unfinished">la máscara de la anotación %1 mide %2 x %3 píxeles, pero su imagen %4 mide %5 x %6</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="195" />
        <source>annotations.json names a missing image %1</source>
        <translation type="unfinished">annotations.json menciona una imagen que falta: %1</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="211" />
        <source>annotation %1 refers to image %2, which annotations.json does not list</source>
        <translation type="unfinished">la anotación %1 hace referencia a la imagen %2, que no figura en annotations.json</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="239" />
        <source>%1: only nnU-Net datasets of .png files can be imported (file_ending is "%2")</source>
        <translation type="unfinished">%1: solo se pueden importar conjuntos de datos nnU-Net de archivos .png (file_ending es "%2")</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="249" />
        <source>%1 holds no label images</source>
        <translation type="unfinished">%1 no contiene imágenes de etiquetas</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="256" />
        <source>reading label images</source>
        <translation type="unfinished">leyendo las imágenes de etiquetas</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="260" />
        <source>label %1 has no image %2</source>
        <translation type="unfinished">la etiqueta %1 no tiene imagen %2</translation>
    </message>
    <message>
        <location filename="../core/export/DatasetReader.cpp" line="300" />
        <source>dataset folder %1 does not exist</source>
        <translation type="unfinished">la carpeta del conjunto de datos %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="58" />
        <source>its "size" is not [height, width]</source>
        <translation type="unfinished">su "size" no es [alto, ancho]</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="60" />
        <source>its size, %1 x %2 pixels, is larger than any image NerveScope opens</source>
        <translation type="unfinished">su tamaño, %1 x %2 píxeles, es mayor que cualquier imagen que abra NerveScope</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="67" />
        <source>its compressed "counts" string is malformed</source>
        <translation type="unfinished">su cadena "counts" comprimida está mal formada</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="73" />
        <source>its "counts" hold something other than run lengths</source>
        <translation type="unfinished">sus "counts" contienen algo distinto de longitudes de series</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="77" />
        <source>it has no "counts"</source>
        <translation type="unfinished">no tiene "counts"</translation>
    </message>
    <message>
        <location filename="../core/export/CocoRle.cpp" line="85" />
        <source>its runs do not add up to its size, %1 x %2 pixels</source>
        <translation type="unfinished">sus series no suman su tamaño, %1 x %2 píxeles</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../core/annotation/Measurements.cpp" line="77" />
        <source>The study has no calibration.</source>
        <translation type="unfinished">El estudio no tiene calibración.</translation>
    </message>
</context>
<context>
    <name>MediaOpener</name>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="40" />
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished">No se puede abrir %1: el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="44" />
        <source>Cannot open %1: permission denied.</source>
        <translation type="unfinished">No se puede abrir %1: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="46" />
        <source>Cannot open %1: the file is empty.</source>
        <translation type="unfinished">No se puede abrir %1: el archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="65" />
        <source>Cannot open %1: it is not a DICOM, image or video file that NerveScope can read.</source>
        <translation type="unfinished">No se puede abrir %1: no es un archivo DICOM, de imagen ni de vídeo que NerveScope pueda leer.</translation>
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="75" />
        <source>Ultrasound studies (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Video (%1);;Images (%2);;All files (*)</source>
        <translation type="unfinished">Estudios de ecografía (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Vídeo (%1);;Imágenes (%2);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="83" />
        <source>Scores and labels differ in number.</source>
        <translation type="unfinished">El número de puntuaciones y de etiquetas no coincide.</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="88" />
        <source>A score is not a number.</source>
        <translation type="unfinished">Una puntuación no es un número.</translation>
    </message>
    <message>
        <location filename="../core/metrics/DeLong.cpp" line="94" />
        <source>DeLong's test needs at least two positive and two negative cases.</source>
        <translation type="unfinished">La prueba de DeLong necesita al menos dos casos positivos y dos negativos.</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="46" />
        <location filename="../core/metrics/PixelRoc.cpp" line="24" />
        <source>Masks must be single-channel 8-bit images.</source>
        <translation type="unfinished">Las máscaras deben ser imágenes de 8 bits de un solo canal.</translation>
    </message>
    <message>
        <location filename="../core/metrics/Overlap.cpp" line="48" />
        <source>The masks differ in size: %1 x %2 against %3 x %4 pixels.</source>
        <translation type="unfinished">Las máscaras tienen distinto tamaño: %1 x %2 frente a %3 x %4 píxeles.</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="20" />
        <source>A probability map must be a single-channel 8-bit, float or double image.</source>
        <translation type="unfinished">Un mapa de probabilidad debe ser una imagen de un solo canal de 8 bits, float o double.</translation>
    </message>
    <message>
        <location filename="../core/metrics/PixelRoc.cpp" line="27" />
        <source>The probability map and the mask differ in size.</source>
        <translation type="unfinished">El mapa de probabilidad y la máscara tienen distinto tamaño.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../inference/ModelCard.cpp" line="79" />
        <source>cannot read model card %1: %2</source>
        <translation type="unfinished">no se puede leer la ficha del modelo %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="83" />
        <source>model card %1 is not valid JSON: %2</source>
        <translation type="unfinished">la ficha del modelo %1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="86" />
        <source>%1 is not a NerveScope model card</source>
        <translation type="unfinished">%1 no es una ficha de modelo de NerveScope</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="89" />
        <source>model card %1 lacks its name, task, architecture or weights</source>
        <translation type="unfinished">a la ficha del modelo %1 le falta el nombre, la tarea, la arquitectura o los pesos</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="91" />
        <source>model card %1 has no valid sha256 of its weights</source>
        <translation type="unfinished">la ficha del modelo %1 no tiene un sha256 válido de sus pesos</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="93" />
        <source>model card %1 has an impossible nerve crop of %2 mm</source>
        <translation type="unfinished">la ficha del modelo %1 tiene un recorte del nervio imposible de %2 mm</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="95" />
        <source>model card %1 has an impossible dropout of %2</source>
        <translation type="unfinished">la ficha del modelo %1 tiene un dropout imposible de %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="97" />
        <source>model card %1 has an impossible input size %2x%3</source>
        <translation type="unfinished">la ficha del modelo %1 tiene un tamaño de entrada imposible de %2x%3</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="109" />
        <location filename="../inference/ModelCard.cpp" line="115" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelCard.cpp" line="126" />
        <location filename="../inference/ModelCard.cpp" line="132" />
        <source>cannot read %1: %2</source>
        <translation type="unfinished">no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../inference/ModelFile.cpp" line="32" />
        <source>unknown architecture "%1"</source>
        <translation type="unfinished">arquitectura desconocida "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="38" />
        <source>unknown activation "%1"</source>
        <translation type="unfinished">activación desconocida "%1"</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="51" />
        <source>cannot create %1: %2</source>
        <translation type="unfinished">no se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="64" />
        <source>model %1: weights file %2 is missing</source>
        <translation type="unfinished">modelo %1: falta el archivo de pesos %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="72" />
        <source>model %1: weights file %2 does not match its card (sha256 %3, card says %4); refusing to load it</source>
        <translation type="unfinished">modelo %1: el archivo de pesos %2 no coincide con su ficha (sha256 %3, la ficha indica %4); no se cargará</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="88" />
        <source>model %1: weights do not fit architecture %2: %3</source>
        <translation type="unfinished">modelo %1: los pesos no encajan con la arquitectura %2: %3</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="97" />
        <source>model %1: card says %2 parameters, network has %3</source>
        <translation type="unfinished">modelo %1: la ficha indica %2 parámetros y la red tiene %3</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="108" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="121" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelFile.cpp" line="134" />
        <source>cannot move %1 into place</source>
        <translation type="unfinished">no se puede mover %1 a su ubicación</translation>
    </message>
</context>
<context>
    <name>ModelPromotion</name>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="29" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">no se puede copiar %1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="38" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">el espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="49" />
        <source>cannot create %1</source>
        <translation type="unfinished">no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelPromotion.cpp" line="59" />
        <source>the copy of %1 differs from its card's sha256</source>
        <translation type="unfinished">la copia de %1 no coincide con el sha256 de su ficha</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="69" />
        <source>no model named "%1": no models found in %2</source>
        <translation type="unfinished">no hay ningún modelo llamado "%1": no se encontraron modelos en %2</translation>
    </message>
    <message>
        <location filename="../inference/ModelRegistry.cpp" line="71" />
        <source>no model named "%1"; available: %2</source>
        <translation type="unfinished">no hay ningún modelo llamado "%1"; disponibles: %2</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <location filename="../core/workspace/ModelStore.cpp" line="67" />
        <source>the workspace is read-only: %1</source>
        <translation type="unfinished">el espacio de trabajo es de solo lectura: %1</translation>
    </message>
</context>
<context>
    <name>MotorUnitWriter</name>
    <message>
        <location filename="../core/synth/motor/MotorUnitWriter.cpp" line="221" />
        <source>Motor-unit sequence %1 of %2</source>
        <translation type="unfinished">Secuencia de unidades motoras %1 de %2</translation>
    </message>
</context>
<context>
    <name>NerveAreaCheck</name>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="10" />
        <source>%1 mm² is larger than any median nerve's cross-section (up to about %2 mm²): check that the outline is the nerve and the scan is of the wrist.</source>
        <translation type="unfinished">%1 mm² es mayor que cualquier sección transversal del nervio mediano (hasta unos %2 mm²): compruebe que el contorno es el nervio y que la exploración es de la muñeca.</translation>
    </message>
    <message>
        <location filename="../core/annotation/NerveAreaCheck.cpp" line="14" />
        <source>%1 mm² is smaller than a median nerve's cross-section (at least about %2 mm²): check that the outline is the nerve.</source>
        <translation type="unfinished">%1 mm² es menor que la sección transversal de un nervio mediano (al menos unos %2 mm²): compruebe que el contorno es el nervio.</translation>
    </message>
</context>
<context>
    <name>NerveLocator</name>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="17" />
        <source>no segmentation model is installed to find the nerve</source>
        <translation type="unfinished">no hay ningún modelo de segmentación instalado para localizar el nervio</translation>
    </message>
    <message>
        <location filename="../inference/NerveLocator.cpp" line="33" />
        <source>the crop around the nerve (%1 mm) needs the image's scale: %2</source>
        <translation type="unfinished">el recorte alrededor del nervio (%1 mm) necesita la escala de la imagen: %2</translation>
    </message>
</context>
<context>
    <name>PixelReadout</name>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="14" />
        <location filename="../ui/viewer/PixelReadout.cpp" line="18" />
        <source>value %1</source>
        <translation type="unfinished">valor %1</translation>
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
        <translation type="unfinished">sin calibración aquí</translation>
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="56" />
        <source>%1, %2 mm (region %3)</source>
        <translation type="unfinished">%1, %2 mm (región %3)</translation>
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
        <translation type="unfinished">IA %1 · %2%</translation>
    </message>
</context>
<context>
    <name>Pseudonym</name>
    <message>
        <location filename="../core/export/Pseudonym.cpp" line="66" />
        <source>cannot create the export key %1: %2</source>
        <translation type="unfinished">no se puede crear la clave de exportación %1: %2</translation>
    </message>
</context>
<context>
    <name>RaterOverlay</name>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="69" />
        <source>%1 (you, editable)</source>
        <translation type="unfinished">%1 (usted, editable)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterOverlay.cpp" line="71" />
        <source>%1 (none on this frame)</source>
        <translation type="unfinished">%1 (ningún contorno en este fotograma)</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <location filename="../core/media/ScanView.cpp" line="41" />
        <source>wrist transverse</source>
        <translation type="unfinished">muñeca transversal</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="43" />
        <source>forearm transverse</source>
        <translation type="unfinished">antebrazo transversal</translation>
    </message>
    <message>
        <location filename="../core/media/ScanView.cpp" line="45" />
        <source>longitudinal</source>
        <translation type="unfinished">longitudinal</translation>
    </message>
</context>
<context>
    <name>Segmenter</name>
    <message>
        <location filename="../inference/Segmenter.cpp" line="23" />
        <source>model %1 is a %2 model, not a segmentation model</source>
        <translation type="unfinished">el modelo %1 es un modelo de %2, no un modelo de segmentación</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="44" />
        <source>an empty frame cannot be segmented</source>
        <translation type="unfinished">no se puede segmentar un fotograma vacío</translation>
    </message>
    <message>
        <location filename="../inference/Segmenter.cpp" line="55" />
        <source>segmentation failed: %1</source>
        <translation type="unfinished">la segmentación falló: %1</translation>
    </message>
</context>
<context>
    <name>StudyThumbnail</name>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="45" />
        <source>The study file is missing: %1</source>
        <translation type="unfinished">Falta el archivo del estudio: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="67" />
        <source>The study has no frames.</source>
        <translation type="unfinished">El estudio no tiene fotogramas.</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyThumbnail.cpp" line="75" />
        <source>No frame of the study can be decoded.</source>
        <translation type="unfinished">No se puede decodificar ningún fotograma del estudio.</translation>
    </message>
</context>
<context>
    <name>SynthDatasetGenerator</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="205" />
        <source>a dataset needs at least one patient and one frame per wrist</source>
        <translation type="unfinished">un conjunto de datos necesita al menos un paciente y un fotograma por muñeca</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="224" />
        <source>cancelled</source>
        <translation type="unfinished">cancelado</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="100" />
        <source>patient %1, %2 wrist</source>
        <translation type="unfinished">paciente %1, muñeca %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="136" />
        <source>the generator made %1 frame(s) for %2 %3, not %4</source>
        <translation type="unfinished">el generador creó %1 fotograma(s) para %2 %3, no %4</translation>
    </message>
</context>
<context>
    <name>SynthDatasetWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="117" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="166" />
        <source>Cannot create the dataset folder %1</source>
        <translation type="unfinished">No se puede crear la carpeta del conjunto de datos %1</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="194" />
        <source>Cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">No se puede escribir %1 (¿está el disco lleno o es de solo lectura?)</translation>
    </message>
</context>
<context>
    <name>SynthDicomWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="156" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="160" />
        <source>the cine has no frames</source>
        <translation type="unfinished">el cine no tiene fotogramas</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="164" />
        <source>the frame size %1x%2 cannot be stored</source>
        <translation type="unfinished">no se puede almacenar el tamaño de fotograma %1x%2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="172" />
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation type="unfinished">el fotograma %1 mide %2x%3, no %4x%5</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="264" />
        <source>JPEG encoding failed (%1)</source>
        <translation type="unfinished">la codificación JPEG falló (%1)</translation>
    </message>
</context>
<context>
    <name>SynthVideoWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="32" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="36" />
        <source>the cine has no frames</source>
        <translation type="unfinished">el cine no tiene fotogramas</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="44" />
        <source>unknown video type ".%1" (use .mp4 or .avi)</source>
        <translation type="unfinished">tipo de vídeo desconocido ".%1" (use .mp4 o .avi)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="65" />
        <source>no video encoder accepted the file (is the folder writable?)</source>
        <translation type="unfinished">ningún codificador de vídeo aceptó el archivo (¿se puede escribir en la carpeta?)</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="72" />
        <source>cancelled</source>
        <translation type="unfinished">cancelado</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="76" />
        <source>frame %1 has a different size</source>
        <translation type="unfinished">el fotograma %1 tiene un tamaño distinto</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="83" />
        <source>wrote frame %1</source>
        <translation type="unfinished">fotograma %1 escrito</translation>
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="87" />
        <source>the encoder wrote nothing</source>
        <translation type="unfinished">el codificador no escribió nada</translation>
    </message>
</context>
<context>
    <name>TimelineMarks</name>
    <message numerus="yes">
        <location filename="../ui/annotation/TimelineMarks.cpp" line="40" />
        <source>%1, %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>%1, %n contorno</numerusform>
            <numerusform>%1, %n contornos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/TimelineMarks.cpp" line="51" />
        <source>Marks under the slider: frames with contours of %1</source>
        <translation type="unfinished">Marcas bajo el control deslizante: fotogramas con contornos de %1</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="44" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="54" />
        <source>%1 was %2, now %3</source>
        <translation type="unfinished">%1 era %2, ahora %3</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="56" />
        <source>options differ</source>
        <translation type="unfinished">las opciones son distintas</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="118" />
        <source>an unfinished run's checkpoint is in %1: pass --resume to continue it, or delete that folder to start over</source>
        <translation type="unfinished">hay un punto de control de una ejecución sin terminar en %1: use --resume para continuarla o elimine esa carpeta para empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="129" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">no se puede crear la carpeta de salida %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="134" />
        <source>reading the dataset</source>
        <translation type="unfinished">leyendo el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="141" />
        <source>left out %1 frame(s) without a label (studies nobody graded)</source>
        <translation type="unfinished">se omitieron %1 fotograma(s) sin etiqueta (estudios que nadie ha graduado)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="152" />
        <source>starting from %1</source>
        <translation type="unfinished">partiendo de %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="172" />
        <source>the checkpoint in %1 belongs to another run (%2); use the same options or delete it</source>
        <translation type="unfinished">el punto de control de %1 pertenece a otra ejecución (%2); use las mismas opciones o elimínelo</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="175" />
        <source>the checkpoint in %1 has already trained %2 epochs; --epochs must be at least that</source>
        <translation type="unfinished">el punto de control de %1 ya ha entrenado %2 épocas; --epochs debe ser al menos ese número</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="181" />
        <source>resuming after epoch %1 (best so far: epoch %2)</source>
        <translation type="unfinished">reanudando tras la época %1 (la mejor hasta ahora: época %2)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="183" />
        <source>no checkpoint in %1; starting from epoch 1</source>
        <translation type="unfinished">no hay punto de control en %1; se empieza desde la época 1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="203" />
        <source>cancelled during epoch %1; the checkpoint after epoch %2 is kept for --resume</source>
        <translation type="unfinished">cancelado durante la época %1; se conserva el punto de control tras la época %2 para --resume</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="209" />
        <source>training diverged at epoch %1 (the loss is not a number); try a lower --lr</source>
        <translation type="unfinished">el entrenamiento divergió en la época %1 (la pérdida no es un número); pruebe un --lr más bajo</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="213" />
        <source>epoch %1/%2, batch %3/%4, loss %5</source>
        <translation type="unfinished">época %1/%2, lote %3/%4, pérdida %5</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="230" />
        <source>cannot create folder %1</source>
        <translation type="unfinished">no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="239" />
        <source>epoch %1/%2: train loss %3, val loss %4, val %5 %6%7 (%8 s)</source>
        <translation type="unfinished">época %1/%2: pérdida de entrenamiento %3, pérdida de validación %4, %5 de validación %6%7 (%8 s)</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="243" />
        <source>, best</source>
        <translation type="unfinished">, la mejor</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="245" />
        <source>, learning rate %1</source>
        <translation type="unfinished">, tasa de aprendizaje %1</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="251" />
        <source>cancelled; the checkpoint after epoch %1 is kept for --resume</source>
        <translation type="unfinished">cancelado; se conserva el punto de control tras la época %1 para --resume</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="255" />
        <source>stopping early: no better validation %1 for %2 epochs</source>
        <translation type="unfinished">parada temprana: sin mejora de %1 en validación durante %2 épocas</translation>
    </message>
    <message>
        <location filename="../inference/training/Trainer.cpp" line="293" />
        <source>saved %1</source>
        <translation type="unfinished">guardado %1</translation>
    </message>
</context>
<context>
    <name>TrainingConfig</name>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="136" />
        <source>unknown architecture "%1" (%2)</source>
        <translation type="unfinished">arquitectura desconocida "%1" (%2)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="139" />
        <source>architecture %1 does not do %2</source>
        <translation type="unfinished">la arquitectura %1 no realiza %2</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="142" />
        <source>--activation applies to the U-Nets only, not to %1</source>
        <translation type="unfinished">--activation solo se aplica a las U-Net, no a %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="144" />
        <source>unknown activation "%1" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</source>
        <translation type="unfinished">activación desconocida "%1" (relu, noisy_relu, noisy_hard_tanh, noisy_hard_sigmoid)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="148" />
        <source>input size %1x%2 is outside 32x32 to 1024x1024</source>
        <translation type="unfinished">el tamaño de entrada %1x%2 está fuera del intervalo de 32x32 a 1024x1024</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="150" />
        <source>the U-Nets pool four times: input size %1x%2 must be a multiple of 16</source>
        <translation type="unfinished">las U-Net hacen pooling cuatro veces: el tamaño de entrada %1x%2 debe ser múltiplo de 16</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="152" />
        <source>epochs, batch and patience must be at least 1</source>
        <translation type="unfinished">las épocas, el lote y la paciencia deben ser al menos 1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="154" />
        <source>learning rate must be between 0 and 1</source>
        <translation type="unfinished">la tasa de aprendizaje debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="156" />
        <source>--dropout applies to classifiers, not to %1</source>
        <translation type="unfinished">--dropout se aplica a los clasificadores, no a %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="158" />
        <source>dropout must be below 1</source>
        <translation type="unfinished">el dropout debe ser menor que 1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="160" />
        <source>a nerve crop applies to classifiers only: segmentation needs the whole frame</source>
        <translation type="unfinished">el recorte del nervio solo se aplica a los clasificadores: la segmentación necesita el fotograma completo</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="162" />
        <source>a nerve crop of %1 mm is larger than any ultrasound field of view</source>
        <translation type="unfinished">un recorte del nervio de %1 mm es mayor que cualquier campo de visión ecográfico</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="164" />
        <source>threads must be 0 (automatic) or more</source>
        <translation type="unfinished">los hilos deben ser 0 (automático) o más</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingConfig.cpp" line="166" />
        <source>a data folder and an output folder are required</source>
        <translation type="unfinished">se necesitan una carpeta de datos y una carpeta de salida</translation>
    </message>
</context>
<context>
    <name>TrainingDataset</name>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="52" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 %2 paciente(s) / %3 fotograma(s)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="53" />
        <source>Dataset folder %1 (task %2, generator seed %3): %4 patient(s) split by patient, scanner profile(s) %5; %6 view: %7.</source>
        <translation type="unfinished">Carpeta del conjunto de datos %1 (tarea %2, semilla del generador %3): %4 paciente(s) repartidos por paciente, perfil(es) de escáner %5; vista %6: %7.</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="55" />
        <source>unknown</source>
        <translation type="unfinished">desconocida</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="94" />
        <source>the %1 split of %2 has no %3-view frames (%4 frame(s) in the manifest)</source>
        <translation type="unfinished">la partición %1 de %2 no tiene fotogramas de vista %3 (%4 fotograma(s) en el manifiesto)</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="101" />
        <source>cancelled</source>
        <translation type="unfinished">cancelado</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="114" />
        <source>cannot read image %1</source>
        <translation type="unfinished">no se puede leer la imagen %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="121" />
        <source>a crop of %1 mm needs the pixel size: manifest row %2 has no pixelSpacingMm</source>
        <translation type="unfinished">un recorte de %1 mm necesita el tamaño de píxel: la fila %2 del manifiesto no tiene pixelSpacingMm</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="148" />
        <source>manifest row %1 has grade index %2, not 0-3</source>
        <translation type="unfinished">la fila %1 del manifiesto tiene el índice de grado %2, no 0-3</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="43" />
        <source>cannot read mask %1</source>
        <translation type="unfinished">no se puede leer la máscara %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="38" />
        <source>manifest row %1 has no mask</source>
        <translation type="unfinished">la fila %1 del manifiesto no tiene máscara</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="119" />
        <source>a nerve-centred crop needs the nerve's mask: %1</source>
        <translation type="unfinished">un recorte centrado en el nervio necesita la máscara del nervio: %1</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="153" />
        <source>reading %1 frames</source>
        <translation type="unfinished">leyendo %1 fotogramas</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="156" />
        <source>none of the %1 frame(s) of the %2 split of %3 has a %4: grade the studies first</source>
        <translation type="unfinished">ninguno de los %1 fotograma(s) de la partición %2 de %3 tiene %4: gradúe primero los estudios</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="158" />
        <source>CTS label</source>
        <translation type="unfinished">etiqueta de STC</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="159" />
        <source>severity grade</source>
        <translation type="unfinished">grado de gravedad</translation>
    </message>
    <message>
        <location filename="../inference/training/TrainingDataset.cpp" line="161" />
        <source>the %1 split of %2 has no frame with a nerve in its mask to crop around</source>
        <translation type="unfinished">la partición %1 de %2 no tiene ningún fotograma con nervio en su máscara alrededor del cual recortar</translation>
    </message>
</context>
<context>
    <name>TrainingExport</name>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="28" />
        <source>%1 exists and is not an earlier training export: move it away first</source>
        <translation type="unfinished">%1 existe y no es una exportación de entrenamiento anterior: muévalo primero a otro lugar</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="37" />
        <source>cannot replace the earlier training export %1</source>
        <translation type="unfinished">no se puede reemplazar la exportación de entrenamiento anterior %1</translation>
    </message>
    <message>
        <location filename="../core/export/TrainingExport.cpp" line="47" />
        <source>exporting the workspace's annotations</source>
        <translation type="unfinished">exportando las anotaciones del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="58" />
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="60" />
        <source>%1 min %2 s</source>
        <translation type="unfinished">%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="61" />
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../ui/training/TrainingRunner.cpp" line="73" />
        <source>no default model for %1 to compare with</source>
        <translation type="unfinished">no hay modelo predeterminado para %1 con el que comparar</translation>
    </message>
</context>
<context>
    <name>VideoFrameSource</name>
    <message>
        <location filename="../core/media/VideoDecoder.cpp" line="257" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished">no hay memoria suficiente para un fotograma de %1 x %2</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="24" />
        <source>MPEG program stream</source>
        <translation type="unfinished">flujo de programa MPEG</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="26" />
        <source>MPEG elementary stream</source>
        <translation type="unfinished">flujo elemental MPEG</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="28" />
        <source>MPEG transport stream</source>
        <translation type="unfinished">flujo de transporte MPEG</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="32" />
        <source>ASF (Windows Media)</source>
        <translation type="unfinished">ASF (Windows Media)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="35" />
        <source>unknown container</source>
        <translation type="unfinished">contenedor desconocido</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="66" />
        <source>FourCC %1</source>
        <translation type="unfinished">FourCC %1</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="77" />
        <source>unknown codec</source>
        <translation type="unfinished">códec desconocido</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="57" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished">No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="60" />
        <source>the file does not exist</source>
        <translation type="unfinished">el archivo no existe</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="62" />
        <source>the file cannot be read</source>
        <translation type="unfinished">no se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="64" />
        <source>this build of OpenCV has no FFmpeg video support</source>
        <translation type="unfinished">esta compilación de OpenCV no admite vídeo con FFmpeg</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="79" />
        <source>the %1 file has no index (moov atom); the recording was probably cut off before it was finished</source>
        <translation type="unfinished">el archivo %1 no tiene índice (átomo moov); probablemente la grabación se interrumpió antes de terminar</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="81" />
        <source>it is not a video file that FFmpeg can read</source>
        <translation type="unfinished">no es un archivo de vídeo que FFmpeg pueda leer</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="96" />
        <source>the video contains no decodable frames</source>
        <translation type="unfinished">el vídeo no contiene fotogramas decodificables</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="106" />
        <source>%1 video (%2)</source>
        <translation type="unfinished">Vídeo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="146" />
        <source>Frame %1 of %2 is damaged and cannot be decoded.</source>
        <translation type="unfinished">El fotograma %1 de %2 está dañado y no se puede decodificar.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="160" />
        <source>Frame %1 of %2 cannot be decoded: the file can no longer be read.</source>
        <translation type="unfinished">No se puede decodificar el fotograma %1 de %2: el archivo ya no se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="166" />
        <source>Frame %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished">No se puede decodificar el fotograma %1 de %2: %3.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="170" />
        <source>Frame %1 of %2 is %3 x %4 pixels instead of %5 x %6; NerveScope does not support videos that change size.</source>
        <translation type="unfinished">El fotograma %1 de %2 mide %3 x %4 píxeles en lugar de %5 x %6; NerveScope no admite vídeos que cambian de tamaño.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="189" />
        <source>Checking %1 for damaged frames</source>
        <translation type="unfinished">Buscando fotogramas dañados en %1</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="191" />
        <source>Cannot open %1: the file can no longer be read.</source>
        <translation type="unfinished">No se puede abrir %1: el archivo ya no se puede leer.</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="218" />
        <source>%1: all %2 frames decode</source>
        <translation type="unfinished">%1: se decodifican los %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="219" />
        <source>%1: frames %2 are damaged</source>
        <translation type="unfinished">%1: los fotogramas %2 están dañados</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="240" />
        <source>Codec</source>
        <translation type="unfinished">Códec</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="241" />
        <source>Container</source>
        <translation type="unfinished">Contenedor</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="244" />
        <source>%1 (the file lists %2)</source>
        <translation type="unfinished">%1 (el archivo indica %2)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="245" />
        <source>Frames</source>
        <translation type="unfinished">Fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>Frame size</source>
        <translation type="unfinished">Tamaño del fotograma</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished">%1 x %2 píxeles</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="247" />
        <source>not stated</source>
        <translation type="unfinished">no indicado</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="249" />
        <source>%1 fps (average; the file states %2 fps)</source>
        <translation type="unfinished">%1 fps (media; el archivo indica %2 fps)</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="251" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="252" />
        <source>Frame rate</source>
        <translation type="unfinished">Frecuencia de fotogramas</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>Duration</source>
        <translation type="unfinished">Duración</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="255" />
        <source>File size</source>
        <translation type="unfinished">Tamaño del archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/media/VideoFrameSource.cpp" line="262" />
        <source>%n damaged frame(s)</source>
        <translation type="unfinished">
            <numerusform>%n fotograma dañado</numerusform>
            <numerusform>%n fotogramas dañados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="263" />
        <source>no damaged frames</source>
        <translation type="unfinished">ningún fotograma dañado</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="265" />
        <source>Damage check</source>
        <translation type="unfinished">Comprobación de daños</translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="264" />
        <source>not checked yet</source>
        <translation type="unfinished">aún sin comprobar</translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <location filename="../inference/ViewCheck.cpp" line="22" />
        <source>%1 was trained on %2 scans; this study is labelled %3, so its answer may mean nothing here.</source>
        <translation type="unfinished">%1 se entrenó con exploraciones de vista %2; este estudio está etiquetado como %3, así que su respuesta puede no tener sentido aquí.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/Schema.cpp" line="130" />
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation type="unfinished">No se pudo actualizar el espacio de trabajo a la versión %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="74" />
        <source>cannot create %1</source>
        <translation type="unfinished">no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="86" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished">no se puede copiar %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="136" />
        <source>Cannot read %1.</source>
        <translation type="unfinished">No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="152" />
        <location filename="../core/workspace/Workspace.cpp" line="209" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">El espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="239" />
        <source>No study with id %1.</source>
        <translation type="unfinished">No hay ningún estudio con id %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="93" />
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished">%1 ya contiene un espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="97" />
        <source>%1 is not a workspace (no %2).</source>
        <translation type="unfinished">%1 no es un espacio de trabajo (falta %2).</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101" />
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished">No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="105" />
        <source>%1 is damaged or not a NerveScope workspace (not an SQLite database); it was left untouched.</source>
        <translation type="unfinished">%1 está dañado o no es un espacio de trabajo de NerveScope (no es una base de datos SQLite); no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="114" />
        <source>Opened read-only on request.</source>
        <translation type="unfinished">Abierto en solo lectura, según lo solicitado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="125" />
        <source>The workspace is open in %1 (process %2 on %3); it was opened read-only.</source>
        <translation type="unfinished">El espacio de trabajo está abierto en %1 (proceso %2 en %3); se ha abierto en solo lectura.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="126" />
        <source>another program</source>
        <translation type="unfinished">otro programa</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="128" />
        <source>The workspace folder cannot be locked for writing; it was opened read-only.</source>
        <translation type="unfinished">No se puede bloquear la carpeta del espacio de trabajo para escritura; se ha abierto en solo lectura.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="144" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished">No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="149" />
        <source>%1 is damaged (%2); it was left untouched.</source>
        <translation type="unfinished">%1 está dañado (%2); no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="154" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="158" />
        <source>%1 is an SQLite file but not a NerveScope workspace; it was left untouched.</source>
        <translation type="unfinished">%1 es un archivo SQLite, pero no un espacio de trabajo de NerveScope; no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169" />
        <source>The workspace was written by a newer NerveScope (schema version %1; this version understands up to %2); it was opened read-only.</source>
        <translation type="unfinished">El espacio de trabajo lo escribió una versión más reciente de NerveScope (versión de esquema %1; esta versión admite hasta la %2); se ha abierto en solo lectura.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="174" />
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished">No se puede configurar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="186" />
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished">No se puede cambiar %1 al registro de escritura anticipada (WAL): %2</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="194" />
        <source>It uses an older schema (version %1) that is upgraded when it is opened for writing.</source>
        <translation type="unfinished">Usa un esquema antiguo (versión %1) que se actualiza al abrirlo para escritura.</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="217" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished">No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="226" />
        <source>The change was not saved; the workspace keeps its previous state (%1).</source>
        <translation type="unfinished">El cambio no se guardó; el espacio de trabajo conserva su estado anterior (%1).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="19" />
        <source>warning: %1</source>
        <translation type="unfinished">aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="35" />
        <source>Usage: nervescope-cli %1</source>
        <translation type="unfinished">Uso: nervescope-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="41" />
        <source>missing arguments (see --help)</source>
        <translation type="unfinished">faltan argumentos (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="49" />
        <source>First frame (1-based, default 1).</source>
        <translation type="unfinished">Primer fotograma (empezando en 1; predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="50" />
        <source>Last frame (default: the last frame).</source>
        <translation type="unfinished">Último fotograma (predeterminado: el último).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="15" />
        <source>Report the inference device and library versions.</source>
        <translation type="unfinished">Informa del dispositivo de inferencia y de las versiones de las bibliotecas.</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="19" />
        <source>File:            %1</source>
        <translation type="unfinished">Archivo:                    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="20" />
        <source>Kind:            %1 (%2)</source>
        <translation type="unfinished">Tipo:                       %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="21" />
        <source>Frames:          %1</source>
        <translation type="unfinished">Fotogramas:                 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="22" />
        <source>Size:            %1 x %2 (columns x rows)</source>
        <translation type="unfinished">Tamaño:                     %1 x %2 (columnas x filas)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>Frame rate:      %1</source>
        <translation type="unfinished">Fotogramas/s:               %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>not given</source>
        <translation type="unfinished">no indicado</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="24" />
        <source>Photometric:     %1</source>
        <translation type="unfinished">Fotometría:                 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="25" />
        <source>Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4</source>
        <translation type="unfinished">Bits:                       %1 almacenados de %2 asignados, %3 muestra(s) por píxel%4</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="27" />
        <source>, signed</source>
        <translation type="unfinished">, con signo</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="29" />
        <source>Transfer syntax: %1 (%2)</source>
        <translation type="unfinished">Sintaxis de transferencia:  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="31" />
        <source>Calibration:     %1</source>
        <translation type="unfinished">Calibración:                %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="35" />
        <source>%1 x %2 mm/pixel</source>
        <translation type="unfinished">%1 x %2 mm/píxel</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="36" />
        <source>no spatial calibration (units %1 x %2)</source>
        <translation type="unfinished">sin calibración espacial (unidades %1 x %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="37" />
        <source>  region %1:      x %2-%3, y %4-%5: %6</source>
        <translation type="unfinished">  región %1:                 x %2-%3, y %4-%5: %6</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="42" />
        <source>Damaged frames:  %1-%2 cannot be decoded</source>
        <translation type="unfinished">Fotogramas dañados:         no se pueden decodificar %1-%2</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="49" />
        <source>Describe a study: frames, size, frame rate, photometric interpretation, transfer syntax and every calibration region with its mm per pixel.</source>
        <translation type="unfinished">Describe un estudio: fotogramas, tamaño, frecuencia de fotogramas, interpretación fotométrica, sintaxis de transferencia y cada región de calibración con sus mm por píxel.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="34" />
        <source>Grade carpal tunnel syndrome on a study: class probabilities per frame and for the wrist (mean over the frames).</source>
        <translation type="unfinished">Gradúa el síndrome del túnel carpiano en un estudio: probabilidades de clase por fotograma y para la muñeca (media de los fotogramas).</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="38" />
        <location filename="../app/cli/InfoCommand.cpp" line="52" />
        <location filename="../app/cli/ModelsCommand.cpp" line="22" />
        <location filename="../app/cli/SystemCommand.cpp" line="16" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="264" />
        <source>Print JSON instead of text.</source>
        <translation type="unfinished">Imprime JSON en lugar de texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="68" />
        <source>graded frame %1</source>
        <translation type="unfinished">fotograma %1 clasificado</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="73" />
        <source>the nerve was found in none of the %1 frame(s), so %2 could not grade them (it grades the %3 mm square around the nerve)</source>
        <translation type="unfinished">el nervio no se encontró en ninguno de los %1 fotograma(s), así que %2 no pudo clasificarlos (clasifica el cuadrado de %3 mm alrededor del nervio)</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="107" />
        <source>Graded the %1 mm square around the nerve found by %2; %3 of %4 frame(s) had a nerve.</source>
        <translation type="unfinished">Se clasificó el cuadrado de %1 mm alrededor del nervio encontrado por %2; %3 de %4 fotograma(s) tenían nervio.</translation>
    </message>
    <message>
        <location filename="../app/cli/GradeCommand.cpp" line="101" />
        <source>%1 %2 (%3) over %4 frame(s): %5</source>
        <translation type="unfinished">%1 %2 (%3) en %4 fotograma(s): %5</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="53" />
        <source>Decode every frame to find damaged ones (slow for long videos).</source>
        <translation type="unfinished">Decodifica todos los fotogramas para encontrar los dañados (lento en vídeos largos).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="17" />
        <source>Report as if the CPU were forced.</source>
        <translation type="unfinished">Informa como si se forzara la CPU.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="31" />
        <source>Inference device: %1</source>
        <translation type="unfinished">Dispositivo de inferencia: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="32" />
        <source>LibTorch %1, Qt %2</source>
        <translation type="unfinished">LibTorch %1, Qt %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21" />
        <source>describe a study: frames, size, frame rate, photometric, transfer syntax, calibration</source>
        <translation type="unfinished">describe un estudio: fotogramas, tamaño, frecuencia de fotogramas, fotometría, sintaxis de transferencia, calibración</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22" />
        <source>write decoded frames as PNG, as the viewer displays them</source>
        <translation type="unfinished">escribe los fotogramas decodificados como PNG, tal como los muestra el visor</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23" />
        <source>report the inference device (CPU/GPU) and library versions</source>
        <translation type="unfinished">informa del dispositivo de inferencia (CPU/GPU) y de las versiones de las bibliotecas</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="24" />
        <source>generate a synthetic median-nerve cine with ground truth as DICOM, MP4 or AVI</source>
        <translation type="unfinished">genera un cine sintético del nervio mediano con referencia, en DICOM, MP4 o AVI</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25" />
        <source>dataset synth: generate a labelled synthetic dataset folder split by patient</source>
        <translation type="unfinished">dataset synth: genera una carpeta de conjunto de datos sintético etiquetado, repartido por paciente</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>annotation workspace: create, import studies, list them, print contours and areas</source>
        <translation type="unfinished">espacio de trabajo de anotación: crear, importar estudios, listarlos, imprimir contornos y áreas</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27" />
        <source>models list: the available models with task, parameters and sha256</source>
        <translation type="unfinished">models list: los modelos disponibles con su tarea, parámetros y sha256</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28" />
        <source>segment the median nerve on a study: masks, contours and areas</source>
        <translation type="unfinished">segmenta el nervio mediano en un estudio: máscaras, contornos y áreas</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29" />
        <source>grade CTS on a study: probabilities per frame and per wrist</source>
        <translation type="unfinished">gradúa el STC en un estudio: probabilidades por fotograma y por muñeca</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30" />
        <source>explain a model's score on a frame: occlusion, LIME or Grad-CAM heatmap</source>
        <translation type="unfinished">explica la puntuación de un modelo en un fotograma: mapa de calor de oclusión, LIME o Grad-CAM</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31" />
        <source>score a model on a labelled dataset folder: DSC/HD95 or AUC/accuracy with CIs</source>
        <translation type="unfinished">evalúa un modelo en una carpeta de conjunto de datos etiquetado: DSC/HD95 o AUC/exactitud con IC</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32" />
        <source>export a workspace's labelled frames: png (+manifest), coco, nnunet or csv; de-identified by default</source>
        <translation type="unfinished">exporta los fotogramas etiquetados de un espacio de trabajo: png (+manifiesto), coco, nnunet o csv; desidentificados por defecto</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33" />
        <source>import a png, coco or nnunet dataset folder into a workspace as studies and contours</source>
        <translation type="unfinished">importa una carpeta de conjunto de datos png, coco o nnunet a un espacio de trabajo como estudios y contornos</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34" />
        <source>train a segmentation, CTS or severity network on a dataset folder; writes the model and its card</source>
        <translation type="unfinished">entrena una red de segmentación, de STC o de gravedad con una carpeta de conjunto de datos; escribe el modelo y su ficha</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39" />
        <source>Usage: nervescope-cli VERB [options] (VERB --help for details)</source>
        <translation type="unfinished">Uso: nervescope-cli VERBO [opciones] (VERBO --help para más detalles)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="68" />
        <source>unknown verb</source>
        <translation type="unfinished">verbo desconocido</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="18" />
        <source>Write decoded frames as PNG files (frame_0001.png, ...), greyscale or RGB as displayed. Frame numbers are 1-based and inclusive.</source>
        <translation type="unfinished">Escribe los fotogramas decodificados como archivos PNG (frame_0001.png, ...), en escala de grises o RGB tal como se muestran. Los números de fotograma empiezan en 1 y el intervalo es inclusivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="30" />
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished">--%1 debe ser un número entero de al menos %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="40" />
        <source>--method must be occlusion, lime or gradcam</source>
        <translation type="unfinished">--method debe ser occlusion, lime o gradcam</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="46" />
        <source>--fill must be mean, zero, blur or region</source>
        <translation type="unfinished">--fill debe ser mean, zero, blur o region</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="52" />
        <source>--score must be logodds or probability</source>
        <translation type="unfinished">--score debe ser logodds o probability</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="76" />
        <source>--precision must be auto, float32 or bfloat16</source>
        <translation type="unfinished">--precision debe ser auto, float32 o bfloat16</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="88" />
        <source>Explain a model's score on one frame as a heatmap: occlusion sensitivity, LIME (superpixels) or Grad-CAM. Writes the heatmap over the frame as an image and, with --raw, the float values as a TIFF.</source>
        <translation type="unfinished">Explica la puntuación de un modelo en un fotograma como mapa de calor: sensibilidad a la oclusión, LIME (superpíxeles) o Grad-CAM. Escribe el mapa de calor sobre el fotograma como imagen y, con --raw, los valores en coma flotante como TIFF.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="91" />
        <location filename="../app/cli/FramesCommand.cpp" line="20" />
        <location filename="../app/cli/GradeCommand.cpp" line="36" />
        <location filename="../app/cli/InfoCommand.cpp" line="51" />
        <location filename="../app/cli/SegmentCommand.cpp" line="54" />
        <source>DICOM, video or image file, or a folder of images</source>
        <translation type="unfinished">Archivo DICOM, de vídeo o de imagen, o una carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="93" />
        <source>occlusion, lime or gradcam (default occlusion).</source>
        <translation type="unfinished">occlusion, lime o gradcam (predeterminado: occlusion).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="94" />
        <source>Frame to explain (1-based, default 1).</source>
        <translation type="unfinished">Fotograma que explicar (empezando en 1; predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="95" />
        <source>Class to explain, by name or 0-based index (default: the predicted class; segmentation models explain the nerve).</source>
        <translation type="unfinished">Clase que explicar, por nombre o índice desde 0 (predeterminado: la clase predicha; los modelos de segmentación explican el nervio).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="97" />
        <source>Heatmap over the frame (PNG).</source>
        <translation type="unfinished">Mapa de calor sobre el fotograma (PNG).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="98" />
        <source>Raw heatmap values at frame size (32-bit float TIFF).</source>
        <translation type="unfinished">Valores brutos del mapa de calor al tamaño del fotograma (TIFF float de 32 bits).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="99" />
        <source>Overlay opacity 0-1 (default 0.6).</source>
        <translation type="unfinished">Opacidad de la superposición, 0-1 (predeterminado: 0.6).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="100" />
        <source>Occlusion window side in model pixels (default 16).</source>
        <translation type="unfinished">Lado de la ventana de oclusión en píxeles del modelo (predeterminado: 16).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="101" />
        <source>Occlusion window step in model pixels (default 8).</source>
        <translation type="unfinished">Paso de la ventana de oclusión en píxeles del modelo (predeterminado: 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="102" />
        <source>What hides a region: mean, zero, blur or region (its own mean) (default mean).</source>
        <translation type="unfinished">Qué oculta una región: mean, zero, blur o region (su propia media) (predeterminado: mean).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="103" />
        <source>Scale of the explained score: logodds or probability (default logodds: a confident model's probability barely moves).</source>
        <translation type="unfinished">Escala de la puntuación explicada: logodds o probability (predeterminado: logodds; la probabilidad de un modelo seguro apenas varía).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="106" />
        <source>LIME superpixels (default 32 on a classifier's nerve crop, 64 on a whole frame).</source>
        <translation type="unfinished">Superpíxeles de LIME (predeterminado: 32 en el recorte del nervio de un clasificador, 64 en un fotograma completo).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="108" />
        <source>CPU arithmetic: auto (bfloat16 where the CPU computes it natively, about twice as fast; float32 elsewhere), float32 or bfloat16 (default auto).</source>
        <translation type="unfinished">Aritmética de CPU: auto (bfloat16 donde la CPU lo calcula de forma nativa, aproximadamente el doble de rápido; float32 en los demás casos), float32 o bfloat16 (predeterminado: auto).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="192" />
        <source>%1 of %2 (%3, %4) on frame %5: %6 model evaluations in %7 s on %8</source>
        <translation type="unfinished">%1 de %2 (%3, %4) en el fotograma %5: %6 evaluaciones del modelo en %7 s en %8</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="105" />
        <source>LIME samples (default 1000).</source>
        <translation type="unfinished">Muestras de LIME (predeterminado: 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="107" />
        <source>LIME random seed (default 1).</source>
        <translation type="unfinished">Semilla aleatoria de LIME (predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="111" />
        <source>Print a JSON summary instead of text.</source>
        <translation type="unfinished">Imprime un resumen en JSON en lugar de texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="117" />
        <location filename="../app/cli/GradeCommand.cpp" line="45" />
        <source>--model NAME is required</source>
        <translation type="unfinished">se requiere --model NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="119" />
        <source>--out heat.png (or --raw heat.tiff) is required</source>
        <translation type="unfinished">se requiere --out heat.png (o --raw heat.tiff)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="129" />
        <source>--opacity must be between 0 and 1</source>
        <translation type="unfinished">--opacity debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="138" />
        <source>--frame must be within 1-%1</source>
        <translation type="unfinished">--frame debe estar entre 1 y %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="152" />
        <source>--target %1 is not a class of %2 (%3)</source>
        <translation type="unfinished">--target %1 no es una clase de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="157" />
        <source>frame %1: %2</source>
        <translation type="unfinished">fotograma %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExplainCommand.cpp" line="197" />
        <source>heatmap range %1 to %2, peak at (%3, %4)</source>
        <translation type="unfinished">rango del mapa de calor de %1 a %2, máximo en (%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="34" />
        <source>dataset synth: generate a labelled synthetic dataset folder (images/, masks/, manifest.csv, manifest.json), split train/val/test 70/15/15 by patient. Each patient has a left and a right wrist, graded per task. For --task motor-units, --patients is the number of tissue-velocity sequences and --frames-per-wrist, when given, the frames per sequence (default 400); see docs/motor-unit-format.md.</source>
        <translation type="unfinished">dataset synth: genera una carpeta de conjunto de datos sintético etiquetado (images/, masks/, manifest.csv, manifest.json), repartido en train/val/test 70/15/15 por paciente. Cada paciente tiene una muñeca izquierda y una derecha, graduadas según la tarea. Con --task motor-units, --patients es el número de secuencias de velocidad tisular y --frames-per-wrist, si se indica, los fotogramas por secuencia (predeterminado: 400); consulte docs/motor-unit-format.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="38" />
        <source>The action (only "synth" for now).</source>
        <translation type="unfinished">La acción (por ahora solo "synth").</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="39" />
        <source>segmentation, cts-binary, cts-severity or motor-units.</source>
        <translation type="unfinished">segmentation, cts-binary, cts-severity o motor-units.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="40" />
        <source>Number of synthetic patients (default 10).</source>
        <translation type="unfinished">Número de pacientes sintéticos (predeterminado: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="41" />
        <source>Frames per wrist (default 10).</source>
        <translation type="unfinished">Fotogramas por muñeca (predeterminado: 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="42" />
        <location filename="../app/cli/SynthCommand.cpp" line="76" />
        <source>Random seed (default 1).</source>
        <translation type="unfinished">Semilla aleatoria (predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="43" />
        <source>Non-zero: the same patients and frames as --seed gives, each seen through new speckle and noise (masks and manifest unchanged), e.g. to test a model on a second look at the same wrists (default 0).</source>
        <translation type="unfinished">Distinto de cero: los mismos pacientes y fotogramas que da --seed, vistos cada uno con un nuevo speckle y ruido (máscaras y manifiesto sin cambios), p. ej., para probar un modelo en una segunda mirada a las mismas muñecas (predeterminado: 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="47" />
        <source>Scanner profile(s), comma-separated: hm70a, minisono, handheld (default hm70a; with several, each patient gets one).</source>
        <translation type="unfinished">Perfil(es) de escáner, separados por comas: hm70a, minisono, handheld (predeterminado: hm70a; con varios, cada paciente recibe uno).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="49" />
        <location filename="../app/cli/FramesCommand.cpp" line="21" />
        <location filename="../app/cli/SegmentCommand.cpp" line="56" />
        <source>Output folder (created if missing).</source>
        <translation type="unfinished">Carpeta de salida (se crea si no existe).</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="50" />
        <source>Wrists generated at once (default: one per core). The folder is the same for any count.</source>
        <translation type="unfinished">Muñecas generadas a la vez (predeterminado: una por núcleo). La carpeta es la misma con cualquier número.</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="57" />
        <source>unknown action "%1" (expected: dataset synth)</source>
        <translation type="unfinished">acción desconocida "%1" (se esperaba: dataset synth)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="59" />
        <source>--task is required (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">se requiere --task (segmentation, cts-binary, cts-severity, motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="69" />
        <source>--patients must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patients debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="71" />
        <source>--frames-per-wrist must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames-per-wrist debe ser un número entero de 1 a 10000</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="75" />
        <location filename="../app/cli/SynthCommand.cpp" line="105" />
        <location filename="../app/cli/TrainCommand.cpp" line="159" />
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished">--seed debe ser un número entero no negativo</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="77" />
        <source>--speckle-seed must be a non-negative whole number</source>
        <translation type="unfinished">--speckle-seed debe ser un número entero no negativo</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="84" />
        <source>--speckle-seed is for the B-mode tasks, not motor-units</source>
        <translation type="unfinished">--speckle-seed es para las tareas en modo B, no para motor-units</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="91" />
        <source>wrote %1: %2 motor-unit sequence(s) of %3 frames, index.json</source>
        <translation type="unfinished">escrito %1: %2 secuencia(s) de unidades motoras de %3 fotogramas, index.json</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="97" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished">tarea desconocida "%1" (segmentation, cts-binary, cts-severity, motor-units)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="107" />
        <location filename="../app/cli/SynthCommand.cpp" line="97" />
        <source>unknown profile "%1" (hm70a, minisono, handheld)</source>
        <translation type="unfinished">perfil desconocido "%1" (hm70a, minisono, handheld)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="111" />
        <source>--profile names no profile</source>
        <translation type="unfinished">--profile no indica ningún perfil</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="119" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished">%1 %2 paciente(s) / %3 fotograma(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="120" />
        <source>wrote %1: %2 frame(s) for %3 (%4)</source>
        <translation type="unfinished">escrito %1: %2 fotograma(s) para %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="61" />
        <location filename="../app/cli/FramesCommand.cpp" line="27" />
        <source>--out DIR is required</source>
        <translation type="unfinished">se requiere --out CARPETA</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="59" />
        <source>frame range %1-%2 is not within 1-%3</source>
        <translation type="unfinished">el intervalo de fotogramas %1-%2 no está dentro de 1-%3</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="43" />
        <location filename="../app/cli/SegmentCommand.cpp" line="87" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished">no se puede crear la carpeta de salida %1</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="58" />
        <location filename="../app/cli/SegmentCommand.cpp" line="40" />
        <location filename="../app/cli/SegmentCommand.cpp" line="113" />
        <source>cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished">no se puede escribir %1 (¿está el disco lleno o es de solo lectura?)</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="60" />
        <source>wrote frame %1</source>
        <translation type="unfinished">fotograma %1 escrito</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="62" />
        <source>%1 frame(s) written to %2</source>
        <translation type="unfinished">%1 fotograma(s) escrito(s) en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="64" />
        <source>%1 frame(s) could not be decoded; first: %2</source>
        <translation type="unfinished">no se pudieron decodificar %1 fotograma(s); el primero: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="69" />
        <source>Created workspace %1 (schema version %2)</source>
        <translation type="unfinished">Espacio de trabajo %1 creado (versión de esquema %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="76" />
        <source>import needs at least one FILE</source>
        <translation type="unfinished">import necesita al menos un FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="90" />
        <source>%1: already in the workspace as study %2</source>
        <translation type="unfinished">%1: ya está en el espacio de trabajo como estudio %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="92" />
        <source>%1: imported as study %2 (%3)</source>
        <translation type="unfinished">%1: importado como estudio %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>copied</source>
        <translation type="unfinished">copiado</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="93" />
        <source>referenced in place</source>
        <translation type="unfinished">referenciado en su ubicación</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="120" />
        <source>%1  %2  %3 frames  %4 x %5  %6 contours on %7 frames  %8  %9  %10</source>
        <translation type="unfinished">%1  %2  %3 fotogramas  %4 x %5  %6 contornos en %7 fotogramas  %8  %9  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="126" />
        <source>No studies yet (nervescope-cli workspace import DIR FILE...).</source>
        <translation type="unfinished">Aún no hay estudios (nervescope-cli workspace import DIR FILE...).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="137" />
        <source>grade needs --study ID (see workspace list)</source>
        <translation type="unfinished">grade necesita --study ID (consulte workspace list)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="145" />
        <source>--grade must be normal, mild, moderate, severe, cts or no-cts</source>
        <translation type="unfinished">--grade debe ser normal, mild, moderate, severe, cts o no-cts</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="148" />
        <source>grade needs --rater NAME: who gives the grade</source>
        <translation type="unfinished">grade necesita --rater NOMBRE: quién asigna el grado</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="157" />
        <source>the workspace has no study %1</source>
        <translation type="unfinished">el espacio de trabajo no tiene el estudio %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="160" />
        <source>study %1 graded %2 by %3</source>
        <translation type="unfinished">estudio %1 graduado como %2 por %3</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="174" />
        <source>The study file cannot be opened: %1</source>
        <translation type="unfinished">No se puede abrir el archivo del estudio: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="197" />
        <source>no study with id %1</source>
        <translation type="unfinished">no hay ningún estudio con id %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="213" />
        <source>study %1 frame %2 contour %3  %4  %5 (%6)  %7 px^2  %8  %9 vertices  %10</source>
        <translation type="unfinished">estudio %1 fotograma %2 contorno %3  %4  %5 (%6)  %7 px^2  %8  %9 vértices  %10</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>%1 mm^2</source>
        <translation type="unfinished">%1 mm^2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="216" />
        <source>no mm^2: %1</source>
        <translation type="unfinished">sin mm^2: %1</translation>
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
        <translation type="unfinished">Espacios de trabajo de anotación (una carpeta con workspace.sqlite):
  create DIR                     crea un espacio de trabajo nuevo
  import DIR FILE... [--copy]    añade estudios (referenciados en su ubicación o copiados)
  list DIR [--json]              estudios con número de contornos y estado de revisión
  annotations DIR [--study ID] [--json]
                                 contornos con vértices, áreas (px y mm^2), evaluador, origen, estado
  grade DIR --study ID --grade G --rater NAME
                                 registra el grado de STC asignado por una persona (normal, mild, moderate, severe, cts, no-cts)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="260" />
        <source>create, import, list, annotations or grade</source>
        <translation type="unfinished">create, import, list, annotations o grade</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="265" />
        <source>annotations: only this study; grade: the study to grade.</source>
        <translation type="unfinished">annotations: solo este estudio; grade: el estudio que graduar.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="266" />
        <source>grade: normal, mild, moderate, severe, cts or no-cts.</source>
        <translation type="unfinished">grade: normal, mild, moderate, severe, cts o no-cts.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="267" />
        <source>grade: who gives the grade.</source>
        <translation type="unfinished">grade: quién asigna el grado.</translation>
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
        <translation type="unfinished">Exporta los fotogramas etiquetados de un espacio de trabajo como conjunto de datos:
  png     images/ + masks/ + manifest.json/.csv (entrenable: nervescope-cli train --data DIR)
  coco    images/ + annotations.json (polígonos, categoría "median nerve")
  nnunet  nnU-Net v2 sin procesar: imagesTr/, labelsTr/ (0/1), dataset.json
  csv     measurements.csv: una fila por contorno con áreas y grado
  dicom-seg  por estudio DICOM y evaluador: &lt;name&gt;_seg.dcm (DICOM Segmentation del nervio mediano, que referencia sus fotogramas de origen) + &lt;name&gt;_image.dcm (el origen, desidentificado)
  dicom-sr   por estudio DICOM y evaluador: &lt;name&gt;_sr.dcm (informe TID 1500 del área del nervio en mm2 por fotograma) + &lt;name&gt;_image.dcm
Los formatos DICOM omiten, con una nota, los estudios que no son DICOM. Los pacientes se seudonimizan (con un secreto propio de cada espacio de trabajo en WORKSPACE/export-salt) y no se escriben nombres de archivo, rutas ni fechas salvo con --no-deidentify. Las particiones son por paciente. DIR debe ser nueva o estar vacía; solo aparece cuando la exportación ha terminado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="74" />
        <location filename="../app/cli/ExportCommand.cpp" line="150" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="261" />
        <source>the workspace folder</source>
        <translation type="unfinished">la carpeta del espacio de trabajo</translation>
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
        <translation type="unfinished">Carpeta de salida (nueva o vacía).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="77" />
        <source>Keep patient IDs and source paths.</source>
        <translation type="unfinished">Conservar los ID de paciente y las rutas de origen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="78" />
        <source>DICOM formats: shift dates by a fixed per-patient offset (default) or remove them.</source>
        <translation type="unfinished">Formatos DICOM: desplazar las fechas un intervalo fijo por paciente (predeterminado) o eliminarlas.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="80" />
        <source>Only these study ids (default: all).</source>
        <translation type="unfinished">Solo estos id de estudio (predeterminado: todos).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="81" />
        <source>Only frames (or studies) a reviewer approved.</source>
        <translation type="unfinished">Solo fotogramas (o estudios) aprobados por un revisor.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82" />
        <source>Only these raters' contours.</source>
        <translation type="unfinished">Solo los contornos de estos evaluadores.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="83" />
        <source>Also export interpolated contours nobody touched.</source>
        <translation type="unfinished">Exportar también los contornos interpolados que nadie ha modificado.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="84" />
        <source>Train,val,test shares of patients (default 70,15,15).</source>
        <translation type="unfinished">Proporción de pacientes para train, val y test (predeterminado: 70,15,15).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="85" />
        <source>Black out burned-in text: outside-regions (everything outside the ultrasound regions) or X,Y,W,H (a rectangle in pixels).</source>
        <translation type="unfinished">Tapar el texto incrustado: outside-regions (todo lo que queda fuera de las regiones de ecografía) o X,Y,W,H (un rectángulo en píxeles).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="92" />
        <source>expected one WORKSPACE, got %1 arguments (see --help)</source>
        <translation type="unfinished">se esperaba un WORKSPACE y se recibieron %1 argumentos (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="94" />
        <source>--format and --out are required (see --help)</source>
        <translation type="unfinished">se requieren --format y --out (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="97" />
        <location filename="../app/cli/ExportCommand.cpp" line="164" />
        <source>unknown format "%1" (formats: %2)</source>
        <translation type="unfinished">formato desconocido "%1" (formatos: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="105" />
        <source>--studies must be study ids separated by commas, e.g. 1,4,7</source>
        <translation type="unfinished">--studies deben ser id de estudio separados por comas, p. ej., 1,4,7</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109" />
        <source>--split must be three non-negative shares, e.g. 70,15,15</source>
        <translation type="unfinished">--split deben ser tres proporciones no negativas, p. ej., 70,15,15</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="114" />
        <source>--dates must be shift or remove (got "%1")</source>
        <translation type="unfinished">--dates debe ser shift o remove (se recibió "%1")</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="132" />
        <source>note: %1</source>
        <translation type="unfinished">nota: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="135" />
        <source>exported %1 frame(s) of %2 stud(ies) as %3 (%4 item(s)%5) to %6</source>
        <translation type="unfinished">exportados %1 fotograma(s) de %2 estudio(s) como %3 (%4 elemento(s)%5) en %6</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, de-identified</source>
        <translation type="unfinished">, desidentificados</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="137" />
        <source>, NOT de-identified</source>
        <translation type="unfinished">, NO desidentificados</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="146" />
        <source>Import a dataset folder into a workspace: every image becomes a study (copied in), its masks or polygons become contours (with the dataset's rater and source, else rater "import", manual). All or nothing: on any error the workspace is left unchanged.</source>
        <translation type="unfinished">Importa una carpeta de conjunto de datos a un espacio de trabajo: cada imagen se convierte en un estudio (copiado), y sus máscaras o polígonos, en contornos (con el evaluador y el origen del conjunto de datos o, si no, el evaluador "import", manual). Todo o nada: ante cualquier error, el espacio de trabajo no se modifica.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="151" />
        <source>the dataset folder</source>
        <translation type="unfinished">la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="159" />
        <source>expected WORKSPACE and DIR, got %1 arguments (see --help)</source>
        <translation type="unfinished">se esperaban WORKSPACE y DIR y se recibieron %1 argumentos (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="161" />
        <source>--format is required (see --help)</source>
        <translation type="unfinished">se requiere --format (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="175" />
        <source>imported %1 contour(s) on %2 new stud(ies)%3 from %4%5%6</source>
        <translation type="unfinished">importados %1 contorno(s) en %2 estudio(s) nuevo(s)%3 desde %4%5%6</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="180" />
        <source>; %1 stud(ies) graded</source>
        <translation type="unfinished">; %1 estudio(s) graduado(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="179" />
        <source>; %1 frame(s) approved</source>
        <translation type="unfinished">; %1 fotograma(s) aprobado(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="177" />
        <source> and %1 already present</source>
        <translation type="unfinished"> y %1 ya presentes</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="262" />
        <source>studies to import</source>
        <translation type="unfinished">estudios que importar</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="263" />
        <source>import: copy the files into the workspace instead of referencing them.</source>
        <translation type="unfinished">import: copiar los archivos al espacio de trabajo en lugar de referenciarlos.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="285" />
        <source>unknown action or extra arguments: %1 (see --help)</source>
        <translation type="unfinished">acción desconocida o argumentos de más: %1 (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="188" />
        <source>Score a model on a labelled dataset folder (from `dataset synth` or an export): segmentation DSC/IoU/HD95/pixel AUC, or classification AUC/accuracy/confusion, per frame and per wrist, overall and per scanner profile, with bootstrap CIs over patients.</source>
        <translation type="unfinished">Evalúa un modelo en una carpeta de conjunto de datos etiquetado (de `dataset synth` o de una exportación): segmentación DSC/IoU/HD95/AUC por píxel, o clasificación AUC/exactitud/matriz de confusión, por fotograma y por muñeca, en conjunto y por perfil de escáner, con IC bootstrap sobre los pacientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="191" />
        <location filename="../app/cli/ExplainCommand.cpp" line="92" />
        <location filename="../app/cli/GradeCommand.cpp" line="37" />
        <location filename="../app/cli/SegmentCommand.cpp" line="55" />
        <source>Model name (see `models list`) or model card path.</source>
        <translation type="unfinished">Nombre del modelo (consulte `models list`) o ruta de la ficha del modelo.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="192" />
        <location filename="../app/cli/TrainCommand.cpp" line="70" />
        <source>Dataset folder with manifest.json.</source>
        <translation type="unfinished">Carpeta del conjunto de datos con manifest.json.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="193" />
        <source>train, val, test or all (default test).</source>
        <translation type="unfinished">train, val, test o all (predeterminado: test).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="194" />
        <source>wrist, forearm or longitudinal (default: the model's view).</source>
        <translation type="unfinished">wrist, forearm o longitudinal (predeterminado: la vista del modelo).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="195" />
        <source>Only these scanner profiles (comma-separated).</source>
        <translation type="unfinished">Solo estos perfiles de escáner (separados por comas).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="196" />
        <source>Bootstrap resamples for CIs (default 1000; 0 = none).</source>
        <translation type="unfinished">Remuestreos bootstrap para los IC (predeterminado: 1000; 0 = ninguno).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="197" />
        <source>Print the full report as JSON.</source>
        <translation type="unfinished">Imprime el informe completo en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="198" />
        <source>Also write the headline figures into the model's card (metrics.KEY), e.g. --record heldOut.</source>
        <translation type="unfinished">Escribe también las cifras principales en la ficha del modelo (metrics.KEY), p. ej., --record heldOut.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="200" />
        <source>Compare with this second model on the same frames: paired differences with bootstrap CIs over patients (DeLong's test for AUCs).</source>
        <translation type="unfinished">Compara con este segundo modelo en los mismos fotogramas: diferencias pareadas con IC bootstrap sobre los pacientes (prueba de DeLong para las AUC).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="203" />
        <source>Also write what was decided on each frame to this CSV file (classifiers: truth, prediction, probabilities; segmentation: DSC, IoU, HD95), to find the frames a model gets wrong.</source>
        <translation type="unfinished">Escribe también lo decidido en cada fotograma en este archivo CSV (clasificadores: verdad, predicción, probabilidades; segmentación: DSC, IoU, HD95), para encontrar los fotogramas en los que un modelo se equivoca.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="212" />
        <source>--model NAME and --data DIR are required</source>
        <translation type="unfinished">se requieren --model NOMBRE y --data DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="220" />
        <source>--split must be train, val, test or all</source>
        <translation type="unfinished">--split debe ser train, val, test o all</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="228" />
        <source>--resamples must be 0 or more</source>
        <translation type="unfinished">--resamples debe ser 0 o más</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="236" />
        <source>--record and --frames write one model's figures: leave out --against</source>
        <translation type="unfinished">--record y --frames escriben las cifras de un solo modelo: omita --against</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="269" />
        <source>%1 %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), profiles %8, %9</source>
        <translation type="unfinished">%1 %2 en %3 (partición %4, vista %5): %6 fotograma(s) de %7 paciente(s), perfiles %8, %9</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="176" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="278" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="279" />
        <source>All profiles:</source>
        <translation type="unfinished">Todos los perfiles:</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="120" />
        <source>  %1 (n=%2): A %3, B %4, A-B %5</source>
        <translation type="unfinished">  %1 (n=%2): A %3, B %4, A-B %5</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="124" />
        <source>, DeLong p = %1</source>
        <translation type="unfinished">, p de DeLong = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="126" />
        <source> (95% CI %1 to %2)</source>
        <translation type="unfinished"> (IC del 95 % %1 a %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="128" />
        <source>; A better on %1, B on %2, tied %3</source>
        <translation type="unfinished">; A mejor en %1, B en %2, empates %3</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="133" />
        <source>: A is better</source>
        <translation type="unfinished">: A es mejor</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="135" />
        <source>: B is better</source>
        <translation type="unfinished">: B es mejor</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="137" />
        <source>: no significant difference</source>
        <translation type="unfinished">: sin diferencia significativa</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="163" />
        <source>%n frame(s) left out: their rows have no label for this model (ungraded studies)</source>
        <translation type="unfinished">
            <numerusform>%n fotograma omitido: su fila no tiene etiqueta para este modelo (estudios sin graduar)</numerusform>
            <numerusform>%n fotogramas omitidos: sus filas no tienen etiqueta para este modelo (estudios sin graduar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="169" />
        <source>A = %1, B = %2 on %3 (%4 split, %5 view): %6 frame(s) of %7 patient(s), %8</source>
        <translation type="unfinished">A = %1, B = %2 en %3 (partición %4, vista %5): %6 fotograma(s) de %7 paciente(s), %8</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/EvaluateCommand.cpp" line="160" />
        <source>%n frame(s) left out: a nerve locator found no nerve there</source>
        <translation type="unfinished">
            <numerusform>%n fotograma omitido: un localizador del nervio no encontró ahí ningún nervio</numerusform>
            <numerusform>%n fotogramas omitidos: un localizador del nervio no encontró ahí ningún nervio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="179" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="282" />
        <location filename="../app/cli/EvaluateCommand.cpp" line="283" />
        <source>Profile %1:</source>
        <translation type="unfinished">Perfil %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="14" />
        <source>cpu or cuda (default: cuda when available, else cpu).</source>
        <translation type="unfinished">cpu o cuda (predeterminado: cuda si está disponible; si no, cpu).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="15" />
        <source>CPU threads (default: chosen by measurement).</source>
        <translation type="unfinished">Hilos de CPU (predeterminado: elegidos por medición).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="16" />
        <source>Frames per forward pass (default 8).</source>
        <translation type="unfinished">Fotogramas por pasada hacia delante (predeterminado: 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="26" />
        <source>--device cuda: this LibTorch sees no CUDA device</source>
        <translation type="unfinished">--device cuda: esta LibTorch no detecta ningún dispositivo CUDA</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="30" />
        <source>--device must be cpu or cuda, not "%1"</source>
        <translation type="unfinished">--device debe ser cpu o cuda, no "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="37" />
        <source>--threads must be a positive number</source>
        <translation type="unfinished">--threads debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelCommon.cpp" line="44" />
        <source>--batch must be a positive number</source>
        <translation type="unfinished">--batch debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="19" />
        <source>models list: the available models (name, task, parameters, sha256) and whether each weights file matches its card.</source>
        <translation type="unfinished">models list: los modelos disponibles (nombre, tarea, parámetros, sha256) y si cada archivo de pesos coincide con su ficha.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="21" />
        <source>The action (only "list" for now).</source>
        <translation type="unfinished">La acción (por ahora solo "list").</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="27" />
        <source>unknown action "%1" (only "list")</source>
        <translation type="unfinished">acción desconocida "%1" (solo "list")</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="59" />
        <source>No models found in: %1</source>
        <translation type="unfinished">No se encontraron modelos en: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelsCommand.cpp" line="61" />
        <source>skipped: %1</source>
        <translation type="unfinished">omitido: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="52" />
        <source>Segment the median nerve on every frame: writes masks/frame_NNNN.png (255 = nerve), contours.json and areas.csv to --out.</source>
        <translation type="unfinished">Segmenta el nervio mediano en todos los fotogramas: escribe masks/frame_NNNN.png (255 = nervio), contours.json y areas.csv en --out.</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="57" />
        <source>Probability threshold (default 0.5).</source>
        <translation type="unfinished">Umbral de probabilidad (predeterminado: 0.5).</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="58" />
        <source>Replace each contour by its fitted ellipse.</source>
        <translation type="unfinished">Sustituye cada contorno por su elipse ajustada.</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="65" />
        <source>--model NAME and --out DIR are required</source>
        <translation type="unfinished">se requieren --model NOMBRE y --out DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="80" />
        <source>--threshold must be between 0 and 1</source>
        <translation type="unfinished">--threshold debe estar entre 0 y 1</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="127" />
        <source>frame %1, outline %2: %3</source>
        <translation type="unfinished">fotograma %1, contorno %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="147" />
        <source>segmented frame %1</source>
        <translation type="unfinished">fotograma %1 segmentado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SegmentCommand.cpp" line="160" />
        <source>%n outline(s) outside the size of a median nerve; the first is %1</source>
        <translation type="unfinished">
            <numerusform>%n contorno fuera del tamaño de un nervio mediano; el primero es %1</numerusform>
            <numerusform>%n contornos fuera del tamaño de un nervio mediano; el primero es %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SegmentCommand.cpp" line="162" />
        <source>segmented %1 frame(s) with %2 %3 on %4; wrote %5</source>
        <translation type="unfinished">segmentados %1 fotograma(s) con %2 %3 en %4; escrito %5</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="70" />
        <source>Generate a synthetic median-nerve cine with exact ground truth and write it as DICOM (Ultrasound Multi-frame, calibrated), MP4 or AVI. Same seed, same file.</source>
        <translation type="unfinished">Genera un cine sintético del nervio mediano con referencia exacta y lo escribe como DICOM (Ultrasound Multi-frame, calibrado), MP4 o AVI. Misma semilla, mismo archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="72" />
        <source>wrist, forearm or longitudinal (default wrist).</source>
        <translation type="unfinished">wrist, forearm o longitudinal (predeterminado: wrist).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="73" />
        <source>normal, mild, moderate or severe (default normal).</source>
        <translation type="unfinished">normal, mild, moderate o severe (predeterminado: normal).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="74" />
        <source>Scanner profile: hm70a, minisono or handheld (default hm70a).</source>
        <translation type="unfinished">Perfil de escáner: hm70a, minisono o handheld (predeterminado: hm70a).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="75" />
        <source>Number of frames (default 60).</source>
        <translation type="unfinished">Número de fotogramas (predeterminado: 60).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="77" />
        <source>A bifid median nerve (two bundles).</source>
        <translation type="unfinished">Un nervio mediano bífido (dos fascículos).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="78" />
        <source>The nerve out of view (empty masks).</source>
        <translation type="unfinished">El nervio fuera del campo (máscaras vacías).</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="79" />
        <source>DICOM only: JPEG baseline (lossy) instead of uncompressed.</source>
        <translation type="unfinished">Solo DICOM: JPEG baseline (con pérdida) en lugar de sin comprimir.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="80" />
        <source>Output file: .dcm, .mp4 or .avi.</source>
        <translation type="unfinished">Archivo de salida: .dcm, .mp4 o .avi.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="81" />
        <source>Also write the ground truth (per-frame contours, areas, grade, severity) as JSON.</source>
        <translation type="unfinished">Escribe también la referencia (contornos por fotograma, áreas, grado, gravedad) como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="86" />
        <source>unexpected argument %1</source>
        <translation type="unfinished">argumento inesperado %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="88" />
        <source>--out FILE is required</source>
        <translation type="unfinished">se requiere --out ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="93" />
        <source>unknown view "%1" (wrist, forearm, longitudinal)</source>
        <translation type="unfinished">vista desconocida "%1" (wrist, forearm, longitudinal)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="95" />
        <source>unknown grade "%1" (normal, mild, moderate, severe)</source>
        <translation type="unfinished">grado desconocido "%1" (normal, mild, moderate, severe)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="103" />
        <source>--frames must be a whole number from 1 to 10000</source>
        <translation type="unfinished">--frames debe ser un número entero de 1 a 10000</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="113" />
        <source>--out must end in .dcm, .mp4 or .avi</source>
        <translation type="unfinished">--out debe terminar en .dcm, .mp4 o .avi</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="115" />
        <source>--jpeg applies to .dcm output only</source>
        <translation type="unfinished">--jpeg solo se aplica a la salida .dcm</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="118" />
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished">no se puede escribir %1: la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="123" />
        <source>the generator made %1 of %2 frames</source>
        <translation type="unfinished">el generador creó %1 de %2 fotogramas</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="144" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished">no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="147" />
        <source>wrote %1: %2 frame(s) %3x%4, %5 frames/s, %6 mm/px (%7, %8, %9, seed %10)</source>
        <translation type="unfinished">escrito %1: %2 fotograma(s) de %3x%4, %5 fotogramas/s, %6 mm/px (%7, %8, %9, semilla %10)</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="153" />
        <source>wrote %1: ground truth</source>
        <translation type="unfinished">escrito %1: referencia</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="28" />
        <source>train: exported %1 frame(s) of %2 studies from %3 to %4</source>
        <translation type="unfinished">train: exportados %1 fotograma(s) de %2 estudios de %3 a %4</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="61" />
        <source>Train a network on a dataset folder (from: nervescope-cli dataset synth). Uses the folder's train split for training and its val split for early stopping; writes the best epoch as OUT/NAME.pt with its model card OUT/NAME.json and the log OUT/NAME.training.csv. A checkpoint after every epoch (OUT/NAME.checkpoint/) lets --resume continue after a crash or Ctrl+C; it is removed when the model is saved.</source>
        <translation type="unfinished">Entrena una red con una carpeta de conjunto de datos (de: nervescope-cli dataset synth). Usa la partición train de la carpeta para entrenar y su partición val para la parada temprana; escribe la mejor época como OUT/NAME.pt con su ficha del modelo OUT/NAME.json y el registro OUT/NAME.training.csv. Un punto de control tras cada época (OUT/NAME.checkpoint/) permite que --resume continúe tras un fallo o Ctrl+C; se elimina cuando se guarda el modelo.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="65" />
        <source>segmentation, cts-binary or cts-severity.</source>
        <translation type="unfinished">segmentation, cts-binary o cts-severity.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="66" />
        <source>Architecture: sa-unet, unet (segmentation); squeezenet1_1, mobilenet_v2, efficientnet_b0 (cts-binary); severity-transverse, severity-longitudinal (cts-severity, S3's) or severity-transverse-deep (two convolutions per block; not S3's).</source>
        <translation type="unfinished">Arquitectura: sa-unet, unet (segmentation); squeezenet1_1, mobilenet_v2, efficientnet_b0 (cts-binary); severity-transverse, severity-longitudinal (cts-severity, las de S3) o severity-transverse-deep (dos convoluciones por bloque; no es de S3).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="71" />
        <source>Train on the labelled frames of this workspace instead of --data: they are exported (de-identified, split by patient) to OUT/NAME.data first.</source>
        <translation type="unfinished">Entrena con los fotogramas etiquetados de este espacio de trabajo en lugar de --data: primero se exportan (desidentificados, repartidos por paciente) a OUT/NAME.data.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="74" />
        <source>Output folder for the model, its card and the log.</source>
        <translation type="unfinished">Carpeta de salida para el modelo, su ficha y el registro.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="75" />
        <source>Model name (default: ARCH-wrist, ARCH-cts or ARCH).</source>
        <translation type="unfinished">Nombre del modelo (predeterminado: ARCH-wrist, ARCH-cts o ARCH).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="76" />
        <source>Model version for the card (default 1.0.0); annotations accepted from the model record name and version.</source>
        <translation type="unfinished">Versión del modelo para la ficha (predeterminado: 1.0.0); las anotaciones aceptadas del modelo registran su nombre y versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="78" />
        <source>Most epochs to train (default 30).</source>
        <translation type="unfinished">Número máximo de épocas de entrenamiento (predeterminado: 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="79" />
        <source>Mini-batch size (default 8).</source>
        <translation type="unfinished">Tamaño del minilote (predeterminado: 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="80" />
        <source>Adam learning rate (default 0.0005).</source>
        <translation type="unfinished">Tasa de aprendizaje de Adam (predeterminado: 0.0005).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="81" />
        <source>constant (default) or cosine: the rate falls along half a cosine to near 0 at the last of --epochs.</source>
        <translation type="unfinished">constant (predeterminado) o cosine: la tasa desciende siguiendo medio coseno hasta casi 0 en la última de las --epochs.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="83" />
        <source>Random seed for weights, shuffling and augmentation (default 1).</source>
        <translation type="unfinished">Semilla aleatoria para los pesos, la mezcla y el aumento de datos (predeterminado: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="84" />
        <source>Network input size (default 256x256).</source>
        <translation type="unfinished">Tamaño de entrada de la red (predeterminado: 256x256).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="85" />
        <source>U-Nets: relu, noisy_relu, noisy_hard_tanh or noisy_hard_sigmoid (default relu).</source>
        <translation type="unfinished">U-Net: relu, noisy_relu, noisy_hard_tanh o noisy_hard_sigmoid (predeterminado: relu).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="87" />
        <source>Manifest view to train on: wrist, forearm or longitudinal (default: wrist; longitudinal for severity-longitudinal).</source>
        <translation type="unfinished">Vista del manifiesto con la que entrenar: wrist, forearm o longitudinal (predeterminado: wrist; longitudinal para severity-longitudinal).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="89" />
        <source>Stop after this many epochs without a better validation figure (default 8).</source>
        <translation type="unfinished">Se detiene tras este número de épocas sin mejorar la cifra de validación (predeterminado: 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="91" />
        <source>Classifiers: dropout of the dense layers (default: the architecture's own, 0.6 for the severity CNNs as S3).</source>
        <translation type="unfinished">Clasificadores: dropout de las capas densas (predeterminado: el propio de la arquitectura; 0.6 para las CNN de gravedad, como en S3).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="93" />
        <source>Classifiers: side in mm of the square crop around the nerve they grade (default 15, as S1; 0 = whole frame).</source>
        <translation type="unfinished">Clasificadores: lado en mm del recorte cuadrado alrededor del nervio que clasifican (predeterminado: 15, como en S1; 0 = fotograma completo).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="95" />
        <source>Fine-tune from this model (a name from `models list` or a card path) instead of starting from random weights. Its task, architecture and input size must match; --arch and --input default to the base's.</source>
        <translation type="unfinished">Ajusta (ajuste fino) a partir de este modelo (un nombre de `models list` o la ruta de una ficha) en lugar de partir de pesos aleatorios. Su tarea, arquitectura y tamaño de entrada deben coincidir; --arch y --input toman por defecto los del modelo base.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="98" />
        <source>Continue the unfinished run in OUT (same options; --epochs may grow).</source>
        <translation type="unfinished">Continúa la ejecución sin terminar en OUT (mismas opciones; --epochs puede aumentar).</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="99" />
        <source>CPU threads for LibTorch (default: all cores). Results are reproducible for a given thread count.</source>
        <translation type="unfinished">Hilos de CPU para LibTorch (predeterminado: todos los núcleos). Los resultados son reproducibles para un número de hilos dado.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="105" />
        <source>unexpected argument "%1"</source>
        <translation type="unfinished">argumento inesperado "%1"</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="114" />
        <source>--%1 is required (see --help)</source>
        <translation type="unfinished">se requiere --%1 (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="117" />
        <source>give either --data DIR or --workspace DIR</source>
        <translation type="unfinished">indique --data DIR o --workspace DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="121" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity)</source>
        <translation type="unfinished">tarea desconocida "%1" (segmentation, cts-binary, cts-severity)</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="136" />
        <source>--version must look like 1.2.0</source>
        <translation type="unfinished">--version debe tener la forma 1.2.0</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="142" />
        <source>--epochs must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--epochs debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="144" />
        <source>--batch must be a whole number from 1 to 4096</source>
        <translation type="unfinished">--batch debe ser un número entero de 1 a 4096</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="146" />
        <source>--patience must be a whole number from 1 to 100000</source>
        <translation type="unfinished">--patience debe ser un número entero de 1 a 100000</translation>
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="73" />
        <location filename="../app/cli/TrainCommand.cpp" line="148" />
        <source>--threads must be a whole number from 1 to 1024</source>
        <translation type="unfinished">--threads debe ser un número entero de 1 a 1024</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="153" />
        <source>--lr must be a number between 0 and 1, e.g. 0.0005</source>
        <translation type="unfinished">--lr debe ser un número entre 0 y 1, p. ej., 0.0005</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="164" />
        <source>--lr-schedule must be constant or cosine</source>
        <translation type="unfinished">--lr-schedule debe ser constant o cosine</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="171" />
        <source>--dropout must be a number from 0 to below 1</source>
        <translation type="unfinished">--dropout debe ser un número de 0 a menos de 1</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="173" />
        <source>fine-tuning keeps the base model's network: leave out --dropout</source>
        <translation type="unfinished">el ajuste fino conserva la red del modelo base: omita --dropout</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="179" />
        <source>--crop-mm must be a number of millimetres, 0 or more</source>
        <translation type="unfinished">--crop-mm debe ser un número de milímetros, 0 o más</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="185" />
        <source>--input must be WIDTHxHEIGHT, e.g. 256x256</source>
        <translation type="unfinished">--input debe ser ANCHOxALTO, p. ej., 256x256</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="207" />
        <source>data folder %1 does not exist</source>
        <translation type="unfinished">la carpeta de datos %1 no existe</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="220" />
        <source>wrote %1 (best validation %2 %3 at epoch %4 of %5%6); log %7</source>
        <translation type="unfinished">escrito %1 (mejor %2 de validación %3 en la época %4 de %5%6); registro %7</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainCommand.cpp" line="225" />
        <source>, stopped early</source>
        <translation type="unfinished">, con parada temprana</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22" />
        <source>Median-nerve ultrasound viewer and annotator</source>
        <translation type="unfinished">Visor y herramienta de anotación de ecografía del nervio mediano</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26" />
        <source>Open FILE, save a screenshot of the window to PNG and quit.</source>
        <translation type="unfinished">Abre FILE, guarda una captura de la ventana en PNG y sale.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29" />
        <source>Show frame N (1-based) first.</source>
        <translation type="unfinished">Muestra primero el fotograma N (empezando en 1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33" />
        <source>DICOM, video or image file, or a folder of images.</source>
        <translation type="unfinished">Archivo DICOM, de vídeo o de imagen, o una carpeta de imágenes.</translation>
    </message>
</context>
<context>
    <name>ns::synth</name>
    <message>
        <location filename="../core/synth/CineGenerator.cpp" line="193" />
        <source>Generating synthetic frame %1 of %2</source>
        <translation type="unfinished">Generando el fotograma sintético %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="59" />
        <source>Samsung HM70A-like</source>
        <translation type="unfinished">Tipo Samsung HM70A</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="72" />
        <source>Alpinion miniSONO-like</source>
        <translation type="unfinished">Tipo Alpinion miniSONO</translation>
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="85" />
        <source>Handheld wireless probe-like</source>
        <translation type="unfinished">Tipo sonda inalámbrica portátil</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiController</name>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="163" />
        <source>No segmentation model is installed. See the README's section on models.</source>
        <translation type="unfinished">No hay ningún modelo de segmentación instalado. Consulte la sección sobre modelos del README.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="168" />
        <source>Loading the model…</source>
        <translation type="unfinished">Cargando el modelo…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="210" />
        <source>Segmented frame %1</source>
        <translation type="unfinished">Fotograma %1 segmentado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="218" />
        <source>Segmentation cancelled after %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>Segmentación cancelada tras %n fotograma.</numerusform>
            <numerusform>Segmentación cancelada tras %n fotogramas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="219" />
        <source>Segmented %n frame(s) on %1.</source>
        <translation type="unfinished">
            <numerusform>%n fotograma segmentado en %1.</numerusform>
            <numerusform>%n fotogramas segmentados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="234" />
        <source>Loading the grader…</source>
        <translation type="unfinished">Cargando el clasificador…</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="287" />
        <source>Graded frame %1</source>
        <translation type="unfinished">Fotograma %1 clasificado</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="299" />
        <location filename="../ui/ai/AiController.cpp" line="305" />
        <source>Grading cancelled.</source>
        <translation type="unfinished">Clasificación cancelada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="303" />
        <source>cancelled after %1 of %n frame(s); no grade was stored.</source>
        <translation type="unfinished">
            <numerusform>cancelada tras %1 de %n fotograma; no se guardó ningún grado.</numerusform>
            <numerusform>cancelada tras %1 de %n fotogramas; no se guardó ningún grado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="319" />
        <source>The grade could not be stored: %1</source>
        <translation type="unfinished">No se pudo guardar el grado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="322" />
        <source>Graded %n frame(s) with %1.</source>
        <translation type="unfinished">
            <numerusform>%n fotograma clasificado con %1.</numerusform>
            <numerusform>%n fotogramas clasificados con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="324" />
        <source>AI outlines await review on %n frame(s).</source>
        <translation type="unfinished">
            <numerusform>Contornos de la IA pendientes de revisión en %n fotograma.</numerusform>
            <numerusform>Contornos de la IA pendientes de revisión en %n fotogramas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="384" />
        <source>The contour could not be stored: %1</source>
        <translation type="unfinished">No se pudo guardar el contorno: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/AiController.cpp" line="437" />
        <source>Accept AI contours on %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>Aceptar los contornos de IA en %n fotograma</numerusform>
            <numerusform>Aceptar los contornos de IA en %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/AiController.cpp" line="452" />
        <source>Stored %1 of %2 AI contours; the others are still pending: %3</source>
        <translation type="unfinished">Se guardaron %1 de %2 contornos de IA; los demás siguen pendientes: %3</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiFeature</name>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="38" />
        <source>AI Review</source>
        <translation type="unfinished">Revisión de IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="53" />
        <source>Show or hide the AI review panel (Ctrl+Shift+A)</source>
        <translation type="unfinished">Muestra u oculta el panel de revisión de IA (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="68" />
        <source>Analyse Studies on &amp;Open</source>
        <translation type="unfinished">Analizar estudios al a&amp;brir</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="71" />
        <source>When a study opens, outline the nerve and grade the study with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="unfinished">Al abrir un estudio, contornea el nervio y gradúa el estudio con los modelos elegidos en el panel de IA. Desactívelo para ver una exploración antes que la IA.</translation>
    </message>
    <message>
        <source>When a study opens, outline the nerve on its first frame and grade it with the models chosen in the AI panel. Turn off to look at a scan before the AI does.</source>
        <translation type="obsolete">Al abrir un estudio, contornea el nervio en su primer fotograma y lo gradúa con los modelos elegidos en el panel de IA. Desactívelo para ver una exploración antes que la IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiFeature.cpp" line="120" />
        <source>Analysing the study (AI ▸ Analyse Studies on Open turns this off)…</source>
        <translation type="unfinished">Analizando el estudio (IA ▸ Analizar estudios al abrir lo desactiva)…</translation>
    </message>
</context>
<context>
    <name>ns::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Segment &amp;Frame</source>
        <translation type="unfinished">Segmentar &amp;fotograma</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="112" />
        <source>Outline the nerve on the frame on screen</source>
        <translation type="unfinished">Contornea el nervio en el fotograma en pantalla</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Segment &amp;Cine</source>
        <translation type="unfinished">Segmentar &amp;cine</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="113" />
        <source>Outline the nerve on every frame of the study</source>
        <translation type="unfinished">Contornea el nervio en todos los fotogramas del estudio</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>&amp;Grade Study</source>
        <translation type="unfinished">&amp;Graduar estudio</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="114" />
        <source>Grade carpal tunnel syndrome over all frames of the study</source>
        <translation type="unfinished">Gradúa el síndrome del túnel carpiano con todos los fotogramas del estudio</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>&amp;Accept</source>
        <translation type="unfinished">&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="115" />
        <source>Store the selected AI contour as an annotation (all of the frame's when none is selected)</source>
        <translation type="unfinished">Guarda el contorno de IA seleccionado como anotación (todos los del fotograma si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="116" />
        <source>Accept All F&amp;rames</source>
        <translation type="unfinished">Aceptar &amp;todos los fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="117" />
        <source>Store the AI contours of every frame (after Segment Cine) as annotations, in one undo step</source>
        <translation type="unfinished">Guarda los contornos de IA de todos los fotogramas (tras Segmentar cine) como anotaciones, en un solo paso de deshacer</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="118" />
        <source>Store the selected AI contour and edit its vertices; it becomes "corrected"</source>
        <translation type="unfinished">Guarda el contorno de IA seleccionado y permite editar sus vértices; pasa a ser «corregido»</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="119" />
        <source>Discard the selected AI contour (all of the frame's when none is selected)</source>
        <translation type="unfinished">Descarta el contorno de IA seleccionado (todos los del fotograma si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <location filename="../ui/ai/AiPanel.cpp" line="166" />
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="120" />
        <source>Stop the running AI job</source>
        <translation type="unfinished">Detiene la tarea de IA en curso</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="123" />
        <source>Default models were trained on synthetic phantoms and are &lt;b&gt;not clinically validated&lt;/b&gt;.</source>
        <translation type="unfinished">Los modelos predeterminados se entrenaron con fantomas sintéticos y &lt;b&gt;no están validados clínicamente&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="128" />
        <source>Segmentation</source>
        <translation type="unfinished">Segmentación</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="131" />
        <source>The segmentation model; its card is shown below</source>
        <translation type="unfinished">El modelo de segmentación; su ficha se muestra abajo</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="151" />
        <source>Where the model runs: the GPU when LibTorch has CUDA, the CPU otherwise</source>
        <translation type="unfinished">Dónde se ejecuta el modelo: en la GPU si LibTorch tiene CUDA; si no, en la CPU</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="152" />
        <source>Force CPU</source>
        <translation type="unfinished">Forzar CPU</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="153" />
        <source>Run on the CPU even when a GPU is available</source>
        <translation type="unfinished">Ejecuta en la CPU aunque haya una GPU disponible</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="171" />
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;annotation</source>
        <translation type="unfinished">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; predicción de IA, aún sin decidir &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;anotación</translation>
    </message>
    <message>
        <source>&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; AI prediction, not yet decided &amp;nbsp; &lt;b&gt;——&lt;/b&gt; annotation</source>
        <translation type="obsolete">&lt;span style='color:#ffb000'&gt;- - -&lt;/span&gt; predicción de IA, aún sin decidir &amp;nbsp; &lt;b&gt;——&lt;/b&gt;&amp;nbsp;anotación</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="173" />
        <source>Accepted contours keep the model's name and version as their source</source>
        <translation type="unfinished">Los contornos aceptados conservan como origen el nombre y la versión del modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="178" />
        <source>AI contours on this frame; select one to decide on it alone</source>
        <translation type="unfinished">Contornos de IA en este fotograma; seleccione uno para decidir solo sobre él</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="188" />
        <source>CTS grade</source>
        <translation type="unfinished">Grado de STC</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="191" />
        <source>The grading model: binary (CTS or not) or 4-level severity</source>
        <translation type="unfinished">El modelo de graduación: binario (STC o no) o de gravedad en 4 niveles</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="254" />
        <source>Failed: %1</source>
        <translation type="unfinished">Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="255" />
        <location filename="../ui/ai/AiPanel.cpp" line="345" />
        <source>Runs on: %1</source>
        <translation type="unfinished">Se ejecuta en: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="308" />
        <source>No model installed: see the README's section on models.</source>
        <translation type="unfinished">No hay ningún modelo instalado: consulte la sección sobre modelos del README.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="327" />
        <source>%1, %2 parameters, input %3×%4</source>
        <translation type="unfinished">%1, %2 parámetros, entrada %3×%4</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="344" />
        <source>Runs on: chosen when the model first runs</source>
        <translation type="unfinished">Se ejecuta en: se decide cuando el modelo se ejecuta por primera vez</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="373" />
        <source>AI %1 · confidence %2% · %3</source>
        <translation type="unfinished">IA %1 · confianza %2% · %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="375" />
        <source>%1
Outlined by %2 %3.</source>
        <translation type="unfinished">%1
Contorneado por %2 %3.</translation>
    </message>
    <message>
        <location filename="../ui/ai/AiPanel.cpp" line="385" />
        <source>No nerve found on this frame by %1.</source>
        <translation type="unfinished">%1 no encontró ningún nervio en este fotograma.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>Create a workspace folder where annotations are stored as you make them</source>
        <translation type="unfinished">Crea una carpeta de espacio de trabajo donde las anotaciones se guardan a medida que se hacen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="13" />
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished">Abrir &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="14" />
        <source>Open a workspace folder to annotate studies in it</source>
        <translation type="unfinished">Abre una carpeta de espacio de trabajo para anotar los estudios que contiene</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>&amp;Navigate</source>
        <translation type="unfinished">&amp;Navegar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>Pan and zoom; no contour tool</source>
        <translation type="unfinished">Desplazar y ampliar; sin herramienta de contorno</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="19" />
        <source>&amp;Polygon</source>
        <translation type="unfinished">Po&amp;lígono</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="20" />
        <source>Click the vertices; double-click, click the first vertex or press Enter to close; Esc cancels</source>
        <translation type="unfinished">Haga clic en los vértices; doble clic, clic en el primer vértice o Intro para cerrar; Esc cancela</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Free&amp;hand</source>
        <translation type="unfinished">&amp;Mano alzada</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Drag around the nerve; release to close</source>
        <translation type="unfinished">Arrastre alrededor del nervio; suelte para cerrar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="22" />
        <source>&amp;Ellipse</source>
        <translation type="unfinished">&amp;Elipse</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="23" />
        <source>Drag the bounding box of an ellipse; then drag its axis handles to resize it and the round handle to rotate it (Shift: 15° steps)</source>
        <translation type="unfinished">Arrastre el rectángulo delimitador de una elipse; después arrastre los tiradores de sus ejes para cambiar su tamaño y el tirador redondo para girarla (Mayús: pasos de 15°)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="25" />
        <source>Edit &amp;Contours</source>
        <translation type="unfinished">Editar &amp;contornos</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="26" />
        <source>Click to select; drag a vertex or the whole contour; double-click an edge to add a vertex; Delete removes the selected vertex or contour</source>
        <translation type="unfinished">Haga clic para seleccionar; arrastre un vértice o el contorno entero; doble clic en un borde para añadir un vértice; Supr elimina el vértice o contorno seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="28" />
        <source>&amp;Brush</source>
        <translation type="unfinished">&amp;Pincel</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="29" />
        <source>Paint onto the contour under the brush (or a new one on empty image); the outline follows. [ and ] change the brush size</source>
        <translation type="unfinished">Pinte sobre el contorno que hay bajo el pincel (o uno nuevo en una zona vacía de la imagen); el trazado lo sigue. [ y ] cambian el tamaño del pincel</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="31" />
        <source>E&amp;raser</source>
        <translation type="unfinished">&amp;Borrador</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="32" />
        <source>Erase from the contour under the brush; cutting it in two gives two contours of one label, erasing all of it deletes it. [ and ] change the size</source>
        <translation type="unfinished">Borra del contorno que hay bajo el pincel; si lo corta en dos, quedan dos contornos con la misma etiqueta; si lo borra entero, lo elimina. [ y ] cambian el tamaño</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="34" />
        <source>Navigate</source>
        <translation type="unfinished">Navegar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="35" />
        <source>Brush</source>
        <translation type="unfinished">Pincel</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="36" />
        <source>Eraser</source>
        <translation type="unfinished">Borrador</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="37" />
        <source>Polygon</source>
        <translation type="unfinished">Polígono</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="38" />
        <source>Freehand</source>
        <translation type="unfinished">Mano alzada</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="39" />
        <source>Ellipse</source>
        <translation type="unfinished">Elipse</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="40" />
        <source>Edit</source>
        <translation type="unfinished">Editar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="47" />
        <source>Undo the last annotation edit</source>
        <translation type="unfinished">Deshace la última edición de anotaciones</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="48" />
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="49" />
        <source>Redo the annotation edit that was undone</source>
        <translation type="unfinished">Rehace la edición de anotaciones que se deshizo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="50" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Undo</source>
        <translation type="unfinished">Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="51" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="90" />
        <source>Redo</source>
        <translation type="unfinished">Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="55" />
        <source>&amp;Copy Contour to Next Frame</source>
        <translation type="unfinished">C&amp;opiar contorno al fotograma siguiente</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="56" />
        <source>Copy the selected contour (none selected: all of yours on this frame) to the next frame and show it; one undo step</source>
        <translation type="unfinished">Copia el contorno seleccionado (si no hay ninguno: todos los suyos de este fotograma) al fotograma siguiente y lo muestra; un solo paso de deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="58" />
        <source>Copy to Next</source>
        <translation type="unfinished">Copiar al siguiente</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="61" />
        <source>&amp;Interpolate Between Key Frames</source>
        <translation type="unfinished">&amp;Interpolar entre fotogramas clave</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="62" />
        <source>Fill the frames between your key frames (manual or corrected contours) before and after this frame with interpolated contours, drawn dashed until you edit them; one undo step</source>
        <translation type="unfinished">Rellena los fotogramas entre sus fotogramas clave (contornos manuales o corregidos) anterior y posterior a este fotograma con contornos interpolados, dibujados con trazo discontinuo hasta que los edite; un solo paso de deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="64" />
        <source>Interpolate</source>
        <translation type="unfinished">Interpolar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="73" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="93" />
        <source>Close the polygon	Enter, double-click, click the first vertex</source>
        <translation type="unfinished">Cerrar el polígono	Intro, doble clic, clic en el primer vértice</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="94" />
        <source>Cancel the contour being drawn	Esc</source>
        <translation type="unfinished">Cancelar el contorno que se está dibujando	Esc</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="95" />
        <source>Delete the selected vertex or contour	Delete</source>
        <translation type="unfinished">Eliminar el vértice o contorno seleccionado	Supr</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="96" />
        <source>Smaller / larger brush (brush or eraser in hand)	[, ]</source>
        <translation type="unfinished">Pincel más pequeño / más grande (con pincel o borrador)	[, ]</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="97" />
        <source>Rotate in 15° steps (rotation handle)	Shift+drag</source>
        <translation type="unfinished">Girar en pasos de 15° (tirador de giro)	Mayús+arrastrar</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="34" />
        <location filename="../ui/annotation/AnnotationController.cpp" line="39" />
        <source>Measurements</source>
        <translation type="unfinished">Mediciones</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="38" />
        <source>Show or hide the contour measurements of this frame</source>
        <translation type="unfinished">Muestra u oculta las mediciones de los contornos de este fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="44" />
        <source>Area Along Cine</source>
        <translation type="unfinished">Área a lo largo del cine</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="48" />
        <source>Show or hide the nerve area of your contours along the cine</source>
        <translation type="unfinished">Muestra u oculta el área del nervio de sus contornos a lo largo del cine</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="49" />
        <source>Area Plot</source>
        <translation type="unfinished">Gráfico de área</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="79" />
        <source>Brush radius %1 px ([ smaller, ] larger)</source>
        <translation type="unfinished">Radio del pincel %1 px ([ más pequeño, ] más grande)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="93" />
        <source>Annotation Not Stored</source>
        <translation type="unfinished">Anotación no guardada</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="95" />
        <source>The workspace keeps its last good state.</source>
        <translation type="unfinished">El espacio de trabajo conserva su último estado correcto.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="107" />
        <source>Annotations of this study are stored in the workspace %1.</source>
        <translation type="unfinished">Las anotaciones de este estudio se guardan en el espacio de trabajo %1.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="127" />
        <source>This is the last frame: there is no next frame to copy to</source>
        <translation type="unfinished">Este es el último fotograma: no hay fotograma siguiente al que copiar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="128" />
        <source>No contour of yours on this frame to copy</source>
        <translation type="unfinished">No tiene ningún contorno en este fotograma que copiar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="133" />
        <source>Interpolation needs a cine of at least three frames</source>
        <translation type="unfinished">La interpolación necesita un cine de al menos tres fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished">&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished">&amp;Rehacer %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="136" />
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rehacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationController.cpp" line="149" />
        <source>Copied %n contour(s) to frame %1.</source>
        <translation type="unfinished">
            <numerusform>%n contorno copiado al fotograma %1.</numerusform>
            <numerusform>%n contornos copiados al fotograma %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="160" />
        <source>Interpolate Between Key Frames</source>
        <translation type="unfinished">Interpolar entre fotogramas clave</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="188" />
        <source>New Workspace: choose an empty folder</source>
        <translation type="unfinished">Nuevo espacio de trabajo: elija una carpeta vacía</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="192" />
        <source>Cannot Create Workspace</source>
        <translation type="unfinished">No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="195" />
        <source>Workspace %1 created.</source>
        <translation type="unfinished">Espacio de trabajo %1 creado.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="200" />
        <source>Open Workspace</source>
        <translation type="unfinished">Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="204" />
        <source>Cannot Open Workspace</source>
        <translation type="unfinished">No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="208" />
        <source>Workspace %1 is open read-only: %2</source>
        <translation type="unfinished">El espacio de trabajo %1 está abierto en solo lectura: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="209" />
        <source>Workspace %1 opened.</source>
        <translation type="unfinished">Espacio de trabajo %1 abierto.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AnnotationSession</name>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="128" />
        <source>Cannot create a workspace in %1.</source>
        <translation type="unfinished">No se puede crear un espacio de trabajo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="138" />
        <source>Cannot open the workspace %1.</source>
        <translation type="unfinished">No se puede abrir el espacio de trabajo %1.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="215" />
        <location filename="../ui/annotation/AnnotationSession.cpp" line="242" />
        <source>The study could not be added to the workspace: %1</source>
        <translation type="unfinished">No se pudo añadir el estudio al espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="235" />
        <source>Annotation needs a workspace: choose File &gt; New Workspace… or Open Workspace…. Every edit is stored there as you make it.</source>
        <translation type="unfinished">La anotación necesita un espacio de trabajo: elija Archivo &gt; Nuevo espacio de trabajo… o Abrir espacio de trabajo…. Cada edición se guarda ahí a medida que la hace.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="238" />
        <source>The workspace is open read-only: %1</source>
        <translation type="unfinished">El espacio de trabajo está abierto en solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="240" />
        <source>Open a study to annotate it.</source>
        <translation type="unfinished">Abra un estudio para anotarlo.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Eraser stroke</source>
        <translation type="unfinished">Trazo de borrador</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="268" />
        <source>Brush stroke</source>
        <translation type="unfinished">Trazo de pincel</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="294" />
        <source>Finish the contour being drawn first.</source>
        <translation type="unfinished">Termine primero el contorno que se está dibujando.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="305" />
        <source>Interpolate Frames %1–%2</source>
        <translation type="unfinished">Interpolar fotogramas %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="307" />
        <source>Every frame between key frames %1 and %2 holds a model's contours; nothing was interpolated.</source>
        <translation type="unfinished">Todos los fotogramas entre los fotogramas clave %1 y %2 tienen contornos de un modelo; no se ha interpolado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="314" />
        <source>Interpolated %n frame(s) between key frames %1 and %2.</source>
        <translation type="unfinished">
            <numerusform>%n fotograma interpolado entre los fotogramas clave %1 y %2.</numerusform>
            <numerusform>%n fotogramas interpolados entre los fotogramas clave %1 y %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="316" />
        <source>%n frame(s) with a model's contours were left as they are.</source>
        <translation type="unfinished">
            <numerusform>%n fotograma con contornos de un modelo se ha dejado como estaba.</numerusform>
            <numerusform>%n fotogramas con contornos de un modelo se han dejado como estaban.</numerusform>
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
sin mm²: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="379" />
        <source>Copy %n Contour(s) to Frame %1</source>
        <translation type="unfinished">
            <numerusform>Copiar %n contorno al fotograma %1</numerusform>
            <numerusform>Copiar %n contornos al fotograma %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::AreaPlot</name>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="25" />
        <source>Frame</source>
        <translation type="unfinished">Fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="27" />
        <source>Nerve area of your contours per frame (summed where there are several); click to show the nearest annotated frame</source>
        <translation type="unfinished">Área del nervio de sus contornos por fotograma (sumada si hay varios); haga clic para mostrar el fotograma anotado más cercano</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (mm²)</source>
        <translation type="unfinished">Área (mm²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="120" />
        <source>Area (px²)</source>
        <translation type="unfinished">Área (px²)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="134" />
        <source>No contours of yours in this study yet.</source>
        <translation type="unfinished">Aún no tiene contornos en este estudio.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="136" />
        <source>In px²: not every contour lies in one calibrated region.</source>
        <translation type="unfinished">En px²: no todos los contornos están en una misma región calibrada.</translation>
    </message>
</context>
<context>
    <name>ns::ui::AuditLogView</name>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="29" />
        <source>Show the changes of one study only</source>
        <translation type="unfinished">Muestra solo los cambios de un estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="30" />
        <source>Show the changes of one rater only</source>
        <translation type="unfinished">Muestra solo los cambios de un evaluador</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="34" />
        <source>Refresh</source>
        <translation type="unfinished">Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="35" />
        <source>Read the audit log from the workspace again</source>
        <translation type="unfinished">Vuelve a leer el registro de auditoría del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="37" />
        <source>Study:</source>
        <translation type="unfinished">Estudio:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="40" />
        <source>Rater:</source>
        <translation type="unfinished">Evaluador:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Rater</source>
        <translation type="unfinished">Evaluador</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Study</source>
        <translation type="unfinished">Estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Frame</source>
        <translation type="unfinished">Fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Action</source>
        <translation type="unfinished">Acción</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="47" />
        <source>Change</source>
        <translation type="unfinished">Cambio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="86" />
        <source>All studies</source>
        <translation type="unfinished">Todos los estudios</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="87" />
        <source>All raters</source>
        <translation type="unfinished">Todos los evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="90" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="142" />
        <source>Open a workspace to see who changed what and when.</source>
        <translation type="unfinished">Abra un espacio de trabajo para ver quién cambió qué y cuándo.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="159" />
        <source>study</source>
        <translation type="unfinished">estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="166" />
        <source>%1 UTC</source>
        <translation type="unfinished">%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="170" />
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished">No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AuditLogView.cpp" line="171" />
        <source>The newest %1 changes are shown; filter to see older ones.</source>
        <translation type="unfinished">Se muestran los %1 cambios más recientes; filtre para ver los anteriores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AuditLogView.cpp" line="172" />
        <source>%n change(s), newest first. Frames are numbered from 1.</source>
        <translation type="unfinished">
            <numerusform>%n cambio, el más reciente primero. Los fotogramas se numeran desde 1.</numerusform>
            <numerusform>%n cambios, los más recientes primero. Los fotogramas se numeran desde 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::CineControls</name>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="34" />
        <source>Previous frame (Left arrow)</source>
        <translation type="unfinished">Fotograma anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="36" />
        <source>Play / pause (Space)</source>
        <translation type="unfinished">Reproducir / pausar (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="38" />
        <source>Next frame (Right arrow)</source>
        <translation type="unfinished">Fotograma siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="42" />
        <source>Frame (Home: first, End: last)</source>
        <translation type="unfinished">Fotograma (Inicio: primero, Fin: último)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="47" />
        <source>Current frame / number of frames</source>
        <translation type="unfinished">Fotograma actual / número de fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="52" />
        <source>Frame rate of the study</source>
        <translation type="unfinished">Frecuencia de fotogramas del estudio</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="55" />
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished">Velocidad de reproducción ([ más lenta, ] más rápida)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="58" />
        <source>%1x</source>
        <translation type="unfinished">%1x</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="61" />
        <source>Loop playback (L)</source>
        <translation type="unfinished">Reproducción en bucle (L)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="62" />
        <source>Loop</source>
        <translation type="unfinished">Bucle</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps (assumed)</source>
        <translation type="unfinished">%1 fps (supuesta)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Pause (Space)</source>
        <translation type="unfinished">Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Play (Space)</source>
        <translation type="unfinished">Reproducir (Espacio)</translation>
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
        <translation type="unfinished">Normal</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Mild CTS</source>
        <translation type="unfinished">STC leve</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Moderate CTS</source>
        <translation type="unfinished">STC moderado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>Severe CTS</source>
        <translation type="unfinished">STC grave</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="46" />
        <source>CTS, severity not graded</source>
        <translation type="unfinished">STC, gravedad sin graduar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="47" />
        <source>Your grade of this study (modified Canterbury scale)</source>
        <translation type="unfinished">Su grado para este estudio (escala de Canterbury modificada)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="50" />
        <source>Record My Grade</source>
        <translation type="unfinished">Registrar mi grado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="52" />
        <source>Store the chosen grade as yours (Ctrl+Shift+G; Ctrl+Z takes it back). Exports and training use grades people gave, never a model's.</source>
        <translation type="unfinished">Guarda el grado elegido como suyo (Ctrl+Shift+G; Ctrl+Z lo deshace). Las exportaciones y el entrenamiento usan los grados asignados por personas, nunca los de un modelo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="95" />
        <source>Grades are kept in a workspace: open or create one to record yours.</source>
        <translation type="unfinished">Los grados se guardan en un espacio de trabajo: abra o cree uno para registrar el suyo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="109" />
        <source>Recorded grade: &lt;b&gt;%1&lt;/b&gt;, by %2 on %3.</source>
        <translation type="unfinished">Grado registrado: &lt;b&gt;%1&lt;/b&gt;, por %2 el %3.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="107" />
        <source>No grade recorded by a person yet.</source>
        <translation type="unfinished">Ninguna persona ha registrado aún un grado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="112" />
        <source>Recorded grade for the %1: &lt;b&gt;%2&lt;/b&gt;, by %3 on %4.</source>
        <translation type="unfinished">Grado registrado para la %1: &lt;b&gt;%2&lt;/b&gt;, por %3 el %4.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ClinicianGrade.cpp" line="115" />
        <source>Model's grade: %1, by %2 %3 (not a label until a person records it).</source>
        <translation type="unfinished">Grado del modelo: %1, por %2 %3 (no es una etiqueta hasta que una persona lo registre).</translation>
    </message>
</context>
<context>
    <name>ns::ui::ColourBar</name>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="14" />
        <source>drop in log-odds when hidden</source>
        <translation type="unfinished">caída de log-odds al ocultar</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="15" />
        <source>drop in probability when hidden</source>
        <translation type="unfinished">caída de probabilidad al ocultar</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="16" />
        <source>surrogate weight</source>
        <translation type="unfinished">peso del modelo sustituto</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="17" />
        <source>Grad-CAM activation</source>
        <translation type="unfinished">activación de Grad-CAM</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="24" />
        <source>Colour scale of the heatmap: red = strongest support for the explained score</source>
        <translation type="unfinished">Escala de colores del mapa de calor: rojo = mayor apoyo a la puntuación explicada</translation>
    </message>
    <message>
        <location filename="../ui/explain/ColourBar.cpp" line="54" />
        <source>no heatmap</source>
        <translation type="unfinished">sin mapa de calor</translation>
    </message>
</context>
<context>
    <name>ns::ui::DataFilterBox</name>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="28" />
        <source>Task default</source>
        <translation type="unfinished">Predeterminada de la tarea</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="29" />
        <source>Wrist (transverse)</source>
        <translation type="unfinished">Muñeca (transversal)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="30" />
        <source>Forearm (transverse)</source>
        <translation type="unfinished">Antebrazo (transversal)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="31" />
        <source>Longitudinal</source>
        <translation type="unfinished">Longitudinal</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="32" />
        <source>Frames of this view in the manifest (frames with no view, as in workspace exports, always count)</source>
        <translation type="unfinished">Fotogramas de esta vista en el manifiesto (los fotogramas sin vista, como en las exportaciones del espacio de trabajo, siempre cuentan)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="33" />
        <source>&amp;View:</source>
        <translation type="unfinished">&amp;Vista:</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="35" />
        <source>every rater</source>
        <translation type="unfinished">todos los evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="36" />
        <source>Only these raters' contours, comma-separated (workspace annotations)</source>
        <translation type="unfinished">Solo los contornos de estos evaluadores, separados por comas (anotaciones del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="37" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">Evaluado&amp;res:</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="39" />
        <source>every scanner</source>
        <translation type="unfinished">todos los escáneres</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="40" />
        <source>Only studies from these scanner models (the DICOM Manufacturer's Model Name), comma-separated</source>
        <translation type="unfinished">Solo estudios de estos modelos de escáner (el Manufacturer's Model Name de DICOM), separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="41" />
        <source>S&amp;canners:</source>
        <translation type="unfinished">Es&amp;cáneres:</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="42" />
        <source>Approved frames only</source>
        <translation type="unfinished">Solo fotogramas aprobados</translation>
    </message>
    <message>
        <location filename="../ui/training/DataFilterBox.cpp" line="43" />
        <source>Leave out frames nobody has approved yet</source>
        <translation type="unfinished">Omite los fotogramas que nadie ha aprobado aún</translation>
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
        <translation type="unfinished">E&amp;xportar conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="31" />
        <source>Export the workspace's labelled frames as PNG, COCO, nnU-Net, DICOM SEG/SR or CSV</source>
        <translation type="unfinished">Exporta los fotogramas etiquetados del espacio de trabajo como PNG, COCO, nnU-Net, DICOM SEG/SR o CSV</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="32" />
        <source>&amp;Import Dataset…</source>
        <translation type="unfinished">&amp;Importar conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="33" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace</source>
        <translation type="unfinished">Importa una carpeta de conjunto de datos PNG, COCO o nnU-Net al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="50" />
        <source>Open a workspace first (File &gt; Open Workspace)</source>
        <translation type="unfinished">Abra primero un espacio de trabajo (Archivo &gt; Abrir espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="52" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished">El espacio de trabajo es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="54" />
        <source>Import a PNG, COCO or nnU-Net dataset folder into the workspace (%1)</source>
        <translation type="unfinished">Importa una carpeta de conjunto de datos PNG, COCO o nnU-Net al espacio de trabajo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="83" />
        <source>Dataset exported to %1</source>
        <translation type="unfinished">Conjunto de datos exportado a %1</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetActions.cpp" line="106" />
        <source>Dataset imported into %1</source>
        <translation type="unfinished">Conjunto de datos importado en %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::DatasetJobDialog</name>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="61" />
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/export/DatasetJobDialog.cpp" line="69" />
        <source>Cancelling…</source>
        <translation type="unfinished">Cancelando…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainController</name>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="47" />
        <source>No model to explain is installed. See the README's section on models.</source>
        <translation type="unfinished">No hay instalado ningún modelo que explicar. Consulte la sección sobre modelos del README.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainController.cpp" line="53" />
        <source>Loading the model…</source>
        <translation type="unfinished">Cargando el modelo…</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExplainPanel</name>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="55" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="73" />
        <source>Explain</source>
        <translation type="unfinished">Explicar</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>E&amp;xplain Frame</source>
        <translation type="unfinished">E&amp;xplicar fotograma</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="58" />
        <source>Show where the model looked on the frame on screen</source>
        <translation type="unfinished">Muestra dónde se fijó el modelo en el fotograma en pantalla</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Cancel Explanation</source>
        <translation type="unfinished">Cancelar explicación</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="59" />
        <source>Stop the running explanation</source>
        <translation type="unfinished">Detiene la explicación en curso</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show &amp;Heatmap</source>
        <translation type="unfinished">Mostrar &amp;mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="60" />
        <source>Show or hide the heatmap over the frame</source>
        <translation type="unfinished">Muestra u oculta el mapa de calor sobre el fotograma</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="67" />
        <source>The model whose decision is explained: a CTS grader or the nerve segmenter</source>
        <translation type="unfinished">El modelo cuya decisión se explica: un clasificador de STC o el segmentador del nervio</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="68" />
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="72" />
        <source>The score explained: a class of the grader, or for a segmenter the mean nerve probability inside the nerve it finds</source>
        <translation type="unfinished">La puntuación explicada: una clase del clasificador o, en un segmentador, la probabilidad media de nervio dentro del nervio que encuentra</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="76" />
        <source>Occlusion: hide 16-pixel windows and record the drop in score. LIME: fit a linear model to random superpixel masks. Grad-CAM: gradient-weighted last convolutional block (coarse).</source>
        <translation type="unfinished">Oclusión: oculta ventanas de 16 píxeles y registra la caída de la puntuación. LIME: ajusta un modelo lineal a máscaras aleatorias de superpíxeles. Grad-CAM: último bloque convolucional ponderado por el gradiente (aproximado).</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="78" />
        <source>Method</source>
        <translation type="unfinished">Método</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="80" />
        <source>No comparison</source>
        <translation type="unfinished">Sin comparación</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="82" />
        <source>Run a second method and show both side by side</source>
        <translation type="unfinished">Ejecuta un segundo método y muestra ambos lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="83" />
        <source>Compare with</source>
        <translation type="unfinished">Comparar con</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="98" />
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="109" />
        <source>Heatmap</source>
        <translation type="unfinished">Mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="113" />
        <source>Opacity</source>
        <translation type="unfinished">Opacidad</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="117" />
        <source>How strongly the heatmap covers the frame</source>
        <translation type="unfinished">Cuánto cubre el mapa de calor el fotograma</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="123" />
        <source>Export PNG…</source>
        <translation type="unfinished">Exportar PNG…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="124" />
        <source>Save the frame with the heatmap over it as an image</source>
        <translation type="unfinished">Guarda el fotograma con el mapa de calor superpuesto como imagen</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="125" />
        <source>Export TIFF…</source>
        <translation type="unfinished">Exportar TIFF…</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="126" />
        <source>Save the raw heatmap values (32-bit float, frame size) for analysis</source>
        <translation type="unfinished">Guarda los valores brutos del mapa de calor (float de 32 bits, tamaño del fotograma) para su análisis</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>Export heatmap overlay</source>
        <translation type="unfinished">Exportar superposición del mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="155" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished">Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Export raw heatmap</source>
        <translation type="unfinished">Exportar mapa de calor bruto</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="160" />
        <source>Float TIFF (*.tiff *.tif)</source>
        <translation type="unfinished">TIFF float (*.tiff *.tif)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="172" />
        <source>Explanation cancelled.</source>
        <translation type="unfinished">Explicación cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="174" />
        <source>Failed: %1</source>
        <translation type="unfinished">Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="240" />
        <source>Nerve (mean probability inside the predicted nerve)</source>
        <translation type="unfinished">Nervio (probabilidad media dentro del nervio predicho)</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="243" />
        <source>Predicted class</source>
        <translation type="unfinished">Clase predicha</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="246" />
        <source>Class: %1</source>
        <translation type="unfinished">Clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="287" />
        <source>Done</source>
        <translation type="unfinished">Terminado</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="288" />
        <source>%1 of %2 for "%3" (%4) on frame %5: %6 model evaluations in %7 s on %8. %9</source>
        <translation type="unfinished">%1 de %2 para «%3» (%4) en el fotograma %5: %6 evaluaciones del modelo en %7 s en %8. %9</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="308" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="319" />
        <source>No heatmap to export yet.</source>
        <translation type="unfinished">Aún no hay ningún mapa de calor que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="311" />
        <location filename="../ui/explain/ExplainPanel.cpp" line="322" />
        <source>Saved %1</source>
        <translation type="unfinished">Guardado %1</translation>
    </message>
    <message>
        <location filename="../ui/explain/ExplainPanel.cpp" line="340" />
        <source>The heatmap belongs to frame %1; explain this frame to see its own.</source>
        <translation type="unfinished">El mapa de calor corresponde al fotograma %1; explique este fotograma para ver el suyo.</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="20" />
        <source>Export Dataset</source>
        <translation type="unfinished">Exportar conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="22" />
        <source>Export the labelled frames of the workspace &lt;b&gt;%1&lt;/b&gt; as a dataset.</source>
        <translation type="unfinished">Exporta los fotogramas etiquetados del espacio de trabajo &lt;b&gt;%1&lt;/b&gt; como conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="32" />
        <source>Open &amp;Folder</source>
        <translation type="unfinished">Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="33" />
        <source>Show the exported folder in the file manager</source>
        <translation type="unfinished">Muestra la carpeta exportada en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>&amp;Export</source>
        <translation type="unfinished">&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37" />
        <source>Write the dataset into the output folder (Enter)</source>
        <translation type="unfinished">Escribe el conjunto de datos en la carpeta de salida (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="38" />
        <source>Close the dialog (Esc); while exporting, stop the export and write nothing</source>
        <translation type="unfinished">Cierra el diálogo (Esc); durante la exportación, la detiene sin escribir nada</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="60" />
        <source>Exporting…</source>
        <translation type="unfinished">Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished">Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="78" />
        <source>Export failed: %1</source>
        <translation type="unfinished">La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="84" />
        <source>Exported %n frame(s)</source>
        <translation type="unfinished">
            <numerusform>Exportado %n fotograma</numerusform>
            <numerusform>Exportados %n fotogramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n contour(s)</source>
        <translation type="unfinished">
            <numerusform>%n contorno</numerusform>
            <numerusform>%n contornos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="85" />
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="86" />
        <source>%n stud(ies)</source>
        <translation type="unfinished">
            <numerusform>%n estudio</numerusform>
            <numerusform>%n estudios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="89" />
        <source>Skipped: %1</source>
        <translation type="unfinished">Omitido: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::ExportOptionsForm</name>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="32" />
        <source>PNG images and masks with a manifest (JSON and CSV); trainable in NerveScope.</source>
        <translation type="unfinished">Imágenes y máscaras PNG con un manifiesto (JSON y CSV); se pueden entrenar en NerveScope.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="33" />
        <source>PNG images with one COCO JSON file of nerve polygons.</source>
        <translation type="unfinished">Imágenes PNG con un archivo JSON de COCO con los polígonos del nervio.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="34" />
        <source>nnU-Net v2 raw layout: imagesTr, labelsTr and dataset.json.</source>
        <translation type="unfinished">Estructura nnU-Net v2 sin procesar: imagesTr, labelsTr y dataset.json.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="35" />
        <source>One CSV row per contour with its area, perimeter and grade; no images.</source>
        <translation type="unfinished">Una fila CSV por contorno con su área, perímetro y grado; sin imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="36" />
        <source>DICOM Segmentation per study and rater, referencing its source frames; DICOM studies only.</source>
        <translation type="unfinished">DICOM Segmentation por estudio y evaluador, que referencia sus fotogramas de origen; solo estudios DICOM.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="37" />
        <source>DICOM SR (TID 1500) with the nerve area in mm² per frame; DICOM studies only.</source>
        <translation type="unfinished">DICOM SR (TID 1500) con el área del nervio en mm² por fotograma; solo estudios DICOM.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="53" />
        <source>The layout of the exported dataset</source>
        <translation type="unfinished">Estructura del conjunto de datos exportado</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="60" />
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Formato:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportOptionsForm.cpp" line="65" />
        <source>All studies in the workspace (%n)</source>
        <translation type="unfinished">
            <numerusform>Todos los estudios del espacio de trabajo (%n)</numerusform>
            <numerusform>Todos los estudios del espacio de trabajo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="67" />
        <source>Only the study selected in the browser: %1</source>
        <translation type="unfinished">Solo el estudio seleccionado en el explorador: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="68" />
        <source>Export every study, or only the one selected in the Studies panel</source>
        <translation type="unfinished">Exporta todos los estudios o solo el seleccionado en el panel Estudios</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="69" />
        <source>&amp;Studies:</source>
        <translation type="unfinished">Est&amp;udios:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="77" />
        <source>Whose contours to export; every rater is ticked by default</source>
        <translation type="unfinished">De quién se exportan los contornos; todos los evaluadores están marcados por defecto</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="81" />
        <source>(no contours in this workspace yet)</source>
        <translation type="unfinished">(aún no hay contornos en este espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="84" />
        <source>&amp;Raters:</source>
        <translation type="unfinished">E&amp;valuadores:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="86" />
        <source>&amp;Approved frames only</source>
        <translation type="unfinished">Solo fotogramas &amp;aprobados</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="87" />
        <source>Only frames (or whole studies) a reviewer approved</source>
        <translation type="unfinished">Solo fotogramas (o estudios completos) aprobados por un revisor</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="88" />
        <source>Include &amp;interpolated contours</source>
        <translation type="unfinished">Incluir contornos &amp;interpolados</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="89" />
        <source>Also export contours interpolated between key frames that nobody corrected</source>
        <translation type="unfinished">Exporta también los contornos interpolados entre fotogramas clave que nadie ha corregido</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="94" />
        <source>Contours:</source>
        <translation type="unfinished">Contornos:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="96" />
        <source>S&amp;plit by patient:</source>
        <translation type="unfinished">&amp;Partición por paciente:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="98" />
        <source>&amp;De-identify (pseudonymous patient IDs, no names, paths or file names)</source>
        <translation type="unfinished">&amp;Desidentificar (ID de paciente seudónimos, sin nombres, rutas ni nombres de archivo)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="100" />
        <source>Replace patient IDs with workspace pseudonyms and apply the DICOM PS3.15 basic profile to DICOM copies</source>
        <translation type="unfinished">Sustituye los ID de paciente por seudónimos del espacio de trabajo y aplica el perfil básico DICOM PS3.15 a las copias DICOM</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="101" />
        <source>⚠ Without de-identification the export contains patient identifiers. Share it only where that is allowed.</source>
        <translation type="unfinished">⚠ Sin desidentificación, la exportación contiene identificadores de pacientes. Compártala solo donde esté permitido.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="109" />
        <source>Privacy:</source>
        <translation type="unfinished">Privacidad:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="112" />
        <source>Shift by a fixed offset per patient (keeps intervals)</source>
        <translation type="unfinished">Desplazar un intervalo fijo por paciente (conserva los intervalos)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="113" />
        <source>Remove</source>
        <translation type="unfinished">Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="114" />
        <source>What happens to dates in DICOM exports (the other formats write no dates)</source>
        <translation type="unfinished">Qué ocurre con las fechas en las exportaciones DICOM (los demás formatos no escriben fechas)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="115" />
        <source>Da&amp;tes:</source>
        <translation type="unfinished">Fec&amp;has:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="117" />
        <source>&amp;Burned-in text:</source>
        <translation type="unfinished">&amp;Texto incrustado:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="118" />
        <source>&amp;Output folder:</source>
        <translation type="unfinished">Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Train</source>
        <translation type="unfinished">Entren.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="141" />
        <source>Share of patients in the training split</source>
        <translation type="unfinished">Proporción de pacientes en la partición de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Val</source>
        <translation type="unfinished">Val.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="142" />
        <source>Share of patients in the validation split</source>
        <translation type="unfinished">Proporción de pacientes en la partición de validación</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Test</source>
        <translation type="unfinished">Prueba</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="143" />
        <source>Share of patients in the test split</source>
        <translation type="unfinished">Proporción de pacientes en la partición de prueba</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="154" />
        <source>Keep</source>
        <translation type="unfinished">Conservar</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="155" />
        <source>Black out outside the ultrasound regions</source>
        <translation type="unfinished">Tapar lo que queda fuera de las regiones de ecografía</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="156" />
        <source>Black out a rectangle</source>
        <translation type="unfinished">Tapar un rectángulo</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="157" />
        <source>Scanners burn names and dates into the image; black them out in the exported pixels</source>
        <translation type="unfinished">Los escáneres incrustan nombres y fechas en la imagen; tápelos en los píxeles exportados</translation>
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
        <translation type="unfinished">An</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="159" />
        <source>H</source>
        <translation type="unfinished">Al</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="166" />
        <source>Rectangle to black out, in image pixels (X, Y of the top-left corner, W x H)</source>
        <translation type="unfinished">Rectángulo que tapar, en píxeles de la imagen (X, Y de la esquina superior izquierda, An x Al)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="185" />
        <source>A new or empty folder; it appears only when the export is complete</source>
        <translation type="unfinished">Una carpeta nueva o vacía; solo aparece cuando la exportación ha terminado</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="188" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="189" />
        <source>Choose the output folder</source>
        <translation type="unfinished">Elige la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="191" />
        <source>Export Into Folder</source>
        <translation type="unfinished">Exportar a la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="265" />
        <source>Choose an output folder.</source>
        <translation type="unfinished">Elija una carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="268" />
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished">%1 ya existe y no está vacía; elija una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="270" />
        <source>The training split needs some patients.</source>
        <translation type="unfinished">La partición de entrenamiento necesita algunos pacientes.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportOptionsForm.cpp" line="275" />
        <source>Tick at least one rater.</source>
        <translation type="unfinished">Marque al menos un evaluador.</translation>
    </message>
</context>
<context>
    <name>ns::ui::FrameMarkSlider</name>
    <message>
        <location filename="../ui/viewer/FrameMarkSlider.cpp" line="87" />
        <source>Frame %1: %2</source>
        <translation type="unfinished">Fotograma %1: %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::GradeView</name>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="28" />
        <source>Frame</source>
        <translation type="unfinished">Fotograma</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="29" />
        <source>Per-frame result; click a point to show its frame.</source>
        <translation type="unfinished">Resultado por fotograma; haga clic en un punto para mostrar su fotograma.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="42" />
        <source>Not graded yet. Choose a grader and press Grade Study.</source>
        <translation type="unfinished">Aún sin graduar. Elija un clasificador y pulse Graduar estudio.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="56" />
        <source>Not graded: %1</source>
        <translation type="unfinished">Sin graduar: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="66" />
        <source>Not graded: %1 found no nerve in any of the %2 frame(s) to look at.</source>
        <translation type="unfinished">Sin graduar: %1 no encontró el nervio en ninguno de los %2 fotograma(s) analizados.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="68" />
        <source>No nerve found yet: read %1 of %2 frame(s)…</source>
        <translation type="unfinished">Aún no se ha encontrado el nervio: leídos %1 de %2 fotograma(s)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="74" />
        <source>&lt;b&gt;%1&lt;/b&gt; over %n frame(s), by %2 %3</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en %n fotograma, por %2 %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en %n fotogramas, por %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/GradeView.cpp" line="75" />
        <source>%1: &lt;b&gt;%2&lt;/b&gt; over %n frame(s), by %3 %4</source>
        <translation type="unfinished">
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; en %n fotograma, por %3 %4</numerusform>
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; en %n fotogramas, por %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="80" />
        <source>%1 frame(s) without a nerve found were not graded.</source>
        <translation type="unfinished">No se graduaron %1 fotograma(s) en los que no se encontró el nervio.</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="82" />
        <source>Still reading frames: %1 of %2…</source>
        <translation type="unfinished">Leyendo fotogramas: %1 de %2…</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="108" />
        <source>Mean probability of "%1" over the frames</source>
        <translation type="unfinished">Probabilidad media de «%1» en los fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>P(%1)</source>
        <translation type="unfinished">P(%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/GradeView.cpp" line="133" />
        <source>Expected grade (0-3)</source>
        <translation type="unfinished">Grado esperado (0-3)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImageView</name>
    <message>
        <location filename="../ui/viewer/ImageView.cpp" line="26" />
        <source>Wheel: zoom around the cursor. Drag (or middle-drag): pan.
Right-drag on a greyscale image: horizontal changes window width, vertical changes level.</source>
        <translation type="unfinished">Rueda: ampliar alrededor del cursor. Arrastrar (o arrastrar con el botón central): desplazar.
Arrastrar con el botón derecho en una imagen en escala de grises: en horizontal cambia el ancho de ventana y en vertical, el nivel.</translation>
    </message>
</context>
<context>
    <name>ns::ui::ImportDialog</name>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="25" />
        <source>Import Dataset</source>
        <translation type="unfinished">Importar conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="27" />
        <source>Each image of the dataset becomes a study of the workspace &lt;b&gt;%1&lt;/b&gt;, its masks or polygons become contours. Nothing changes unless the whole import succeeds.</source>
        <translation type="unfinished">Cada imagen del conjunto de datos se convierte en un estudio del espacio de trabajo &lt;b&gt;%1&lt;/b&gt;, y sus máscaras o polígonos, en contornos. No cambia nada a menos que toda la importación tenga éxito.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="35" />
        <source>png — images, masks and manifest.json</source>
        <translation type="unfinished">png — imágenes, máscaras y manifest.json</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="36" />
        <source>coco — images and a COCO JSON file</source>
        <translation type="unfinished">coco — imágenes y un archivo JSON de COCO</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="37" />
        <source>nnunet — nnU-Net v2 raw (imagesTr, labelsTr)</source>
        <translation type="unfinished">nnunet — nnU-Net v2 sin procesar (imagesTr, labelsTr)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="38" />
        <source>The layout of the dataset folder</source>
        <translation type="unfinished">Estructura de la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="39" />
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="42" />
        <source>The dataset folder to import</source>
        <translation type="unfinished">La carpeta del conjunto de datos que importar</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="43" />
        <source>Bro&amp;wse…</source>
        <translation type="unfinished">E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="44" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">Elige la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="47" />
        <source>F&amp;older:</source>
        <translation type="unfinished">&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="52" />
        <source>Import the folder into the workspace (Enter)</source>
        <translation type="unfinished">Importa la carpeta al espacio de trabajo (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="53" />
        <source>Close the dialog (Esc); while importing, stop and leave the workspace unchanged</source>
        <translation type="unfinished">Cierra el diálogo (Esc); durante la importación, la detiene y deja el espacio de trabajo sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="57" />
        <source>Import Dataset Folder</source>
        <translation type="unfinished">Importar carpeta de conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>Choose the dataset folder.</source>
        <translation type="unfinished">Elija la carpeta del conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="71" />
        <source>%1 is not a folder.</source>
        <translation type="unfinished">%1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="76" />
        <source>Importing…</source>
        <translation type="unfinished">Importando…</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="96" />
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished">Importación cancelada; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/export/ImportDialog.cpp" line="97" />
        <source>Import failed; the workspace is unchanged: %1</source>
        <translation type="unfinished">La importación falló; el espacio de trabajo no ha cambiado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="99" />
        <source>Imported %n contour(s)</source>
        <translation type="unfinished">
            <numerusform>Importado %n contorno</numerusform>
            <numerusform>Importados %n contornos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="100" />
        <source>on %n new stud(ies)</source>
        <translation type="unfinished">
            <numerusform>en %n estudio nuevo</numerusform>
            <numerusform>en %n estudios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="102" />
        <source>and %n already in the workspace</source>
        <translation type="unfinished">
            <numerusform>y %n ya en el espacio de trabajo</numerusform>
            <numerusform>y %n ya en el espacio de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="105" />
        <source>%n frame(s) approved</source>
        <translation type="unfinished">
            <numerusform>%n fotograma aprobado</numerusform>
            <numerusform>%n fotogramas aprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ImportDialog.cpp" line="109" />
        <source>%n stud(ies) graded</source>
        <translation type="unfinished">
            <numerusform>%n estudio graduado</numerusform>
            <numerusform>%n estudios graduados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::MainActions</name>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="11" />
        <source>Open a DICOM, video or image file</source>
        <translation type="unfinished">Abre un archivo DICOM, de vídeo o de imagen</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="12" />
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="13" />
        <source>Open a folder of images as one sequence</source>
        <translation type="unfinished">Abre una carpeta de imágenes como una sola secuencia</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>&amp;Clear Recent</source>
        <translation type="unfinished">&amp;Borrar recientes</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>Forget the list of recent studies</source>
        <translation type="unfinished">Olvida la lista de estudios recientes</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>&amp;Close Study</source>
        <translation>&amp;Cerrar estudio</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>Close the study and return to the start page</source>
        <translation type="unfinished">Cierra el estudio y vuelve a la página de inicio</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>Quit NerveScope</source>
        <translation type="unfinished">Sale de NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>Show the whole image as large as the window allows</source>
        <translation type="unfinished">Muestra la imagen completa tan grande como permite la ventana</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>Actual &amp;Pixels (1:1)</source>
        <translation type="unfinished">&amp;Píxeles reales (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished">Un píxel de la imagen por píxel de pantalla</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="21" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="22" />
        <source>Zoom in around the centre of the view</source>
        <translation type="unfinished">Acerca alrededor del centro de la vista</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="23" />
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="24" />
        <source>Zoom out around the centre of the view</source>
        <translation type="unfinished">Aleja alrededor del centro de la vista</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="25" />
        <source>Show &amp;Regions</source>
        <translation type="unfinished">Mostrar re&amp;giones</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="26" />
        <source>Outline the calibrated ultrasound regions of the image</source>
        <translation type="unfinished">Resalta el contorno de las regiones de ecografía calibradas de la imagen</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="28" />
        <source>Reset &amp;Window/Level</source>
        <translation type="unfinished">Restablecer &amp;ventana/nivel</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="29" />
        <source>Return to the study's own window/level</source>
        <translation type="unfinished">Vuelve a la ventana/nivel propios del estudio</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="31" />
        <source>Open</source>
        <translation type="unfinished">Abrir</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="32" />
        <source>Fit</source>
        <translation type="unfinished">Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="33" />
        <source>1:1</source>
        <translation type="unfinished">1:1</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="34" />
        <source>Zoom +</source>
        <translation type="unfinished">Zoom +</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="35" />
        <source>Zoom −</source>
        <translation type="unfinished">Zoom −</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="36" />
        <source>Regions</source>
        <translation type="unfinished">Regiones</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="37" />
        <source>Reset W/L</source>
        <translation type="unfinished">Restablecer A/N</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / pausar</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>Play or pause the cine</source>
        <translation type="unfinished">Reproduce o pausa el cine</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>P&amp;revious Frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>Step one frame back</source>
        <translation type="unfinished">Retrocede un fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>&amp;Next Frame</source>
        <translation>&amp;Fotograma siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>Step one frame forward</source>
        <translation type="unfinished">Avanza un fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>F&amp;irst Frame</source>
        <translation type="unfinished">Pr&amp;imer fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>Go to the first frame</source>
        <translation type="unfinished">Va al primer fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>&amp;Last Frame</source>
        <translation type="unfinished">Últi&amp;mo fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>Go to the last frame</source>
        <translation type="unfinished">Va al último fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>&amp;Slower</source>
        <translation type="unfinished">Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>Play more slowly</source>
        <translation type="unfinished">Reproduce más despacio</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>F&amp;aster</source>
        <translation type="unfinished">Más rápi&amp;do</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>Play faster</source>
        <translation type="unfinished">Reproduce más rápido</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>L&amp;oop</source>
        <translation type="unfinished">&amp;Bucle</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>Start again at the end of the cine</source>
        <translation type="unfinished">Vuelve a empezar al final del cine</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished">A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished">Muestra la lista de atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>&amp;About NerveScope</source>
        <translation>&amp;Acerca de NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>Version, licence and intended use</source>
        <translation type="unfinished">Versión, licencia y uso previsto</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>About &amp;Qt</source>
        <translation type="unfinished">Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>The Qt version NerveScope runs on</source>
        <translation type="unfinished">La versión de Qt sobre la que se ejecuta NerveScope</translation>
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
        <translation>Información del estudio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90" />
        <source>Show or hide the study information panel (Ctrl+I)</source>
        <translation type="unfinished">Muestra u oculta el panel de información del estudio (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91" />
        <source>Info</source>
        <translation type="unfinished">Información</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125" />
        <source>Check for damaged frames cancelled.</source>
        <translation type="unfinished">Se canceló la comprobación de fotogramas dañados.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142" />
        <source>Ready. Open a study with Ctrl+O or drop a file on the window.</source>
        <translation type="unfinished">Listo. Abra un estudio con Ctrl+O o suelte un archivo en la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192" />
        <source>&amp;Annotate</source>
        <translation type="unfinished">A&amp;notar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199" />
        <source>A&amp;I</source>
        <translation type="unfinished">&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205" />
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230" />
        <source>Main</source>
        <translation type="unfinished">Principal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248" />
        <source>Contour Tools</source>
        <translation type="unfinished">Herramientas de contorno</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307" />
        <source>Opening %1…</source>
        <translation type="unfinished">Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329" />
        <source>%1 — NerveScope</source>
        <translation type="unfinished">%1 — NerveScope</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334" />
        <source>Opened %1: %2, %3 x %4 px, %5</source>
        <translation type="unfinished">Abierto %1: %2, %3 x %4 px, %5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>1 frame</source>
        <translation type="unfinished">1 fotograma</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335" />
        <source>%1 frames</source>
        <translation type="unfinished">%1 fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387" />
        <source>Cannot open %1.</source>
        <translation type="unfinished">No se puede abrir %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388" />
        <source>Cannot Open Study</source>
        <translation type="unfinished">No se puede abrir el estudio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401" />
        <source>The study that was open is still shown.</source>
        <translation type="unfinished">Se sigue mostrando el estudio que estaba abierto.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402" />
        <source>Supported: DICOM files, videos (MP4, AVI, …), images (PNG, JPEG, TIFF, …) and folders of images.</source>
        <translation type="unfinished">Formatos admitidos: archivos DICOM, vídeos (MP4, AVI, …), imágenes (PNG, JPEG, TIFF, …) y carpetas de imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="410" />
        <source>Open Study</source>
        <translation type="unfinished">Abrir estudio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="421" />
        <source>Open Folder of Images</source>
        <translation type="unfinished">Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="435" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished">&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="441" />
        <source>No recent studies</source>
        <translation type="unfinished">No hay estudios recientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>&amp;Play</source>
        <translation type="unfinished">&amp;Reproducir</translation>
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
        <translation type="unfinished">Evaluador</translation>
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
        <translation type="unfinished">Perím.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Circ.</source>
        <translation type="unfinished">Circ.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Flat.</source>
        <translation type="unfinished">Aplan.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Contour id</source>
        <translation type="unfinished">Id del contorno</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Who drew it</source>
        <translation type="unfinished">Quién lo dibujó</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Area in image pixels</source>
        <translation type="unfinished">Área en píxeles de la imagen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="20" />
        <source>Area in mm² (empty where the contour is not inside one calibrated region; hover the cell for why)</source>
        <translation type="unfinished">Área en mm² (vacía si el contorno no está dentro de una sola región calibrada; pase el ratón por la celda para ver el motivo)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="21" />
        <source>Perimeter: in mm where the contour lies in one calibrated region, else in px</source>
        <translation type="unfinished">Perímetro: en mm si el contorno está en una sola región calibrada; si no, en px</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Circularity 4πA/P²: 1 for a circle</source>
        <translation type="unfinished">Circularidad 4πA/P²: 1 para un círculo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Flattening: major / minor axis of the fitted ellipse</source>
        <translation type="unfinished">Aplanamiento: eje mayor / eje menor de la elipse ajustada</translation>
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
        <translation type="unfinished">No hay contornos en este fotograma. Dibuje uno con P, D o E.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="72" />
        <source>Rater: %1</source>
        <translation type="unfinished">Evaluador: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::MetadataPanel</name>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Attribute</source>
        <translation type="unfinished">Atributo</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Value</source>
        <translation type="unfinished">Valor</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="59" />
        <source>What the file says about itself</source>
        <translation type="unfinished">Lo que el archivo dice de sí mismo</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>#</source>
        <translation type="unfinished">#</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Bounds (px)</source>
        <translation type="unfinished">Límites (px)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>mm/px</source>
        <translation type="unfinished">mm/px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Units</source>
        <translation type="unfinished">Unidades</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="67" />
        <source>Ultrasound regions: a measurement has a physical size only inside one spatially calibrated region</source>
        <translation type="unfinished">Regiones de ecografía: una medición solo tiene tamaño físico dentro de una región con calibración espacial</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="69" />
        <source>Damaged frames</source>
        <translation type="unfinished">Fotogramas dañados</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="75" />
        <source>Study</source>
        <translation type="unfinished">Estudio</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="77" />
        <source>Calibration</source>
        <translation type="unfinished">Calibración</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="97" />
        <source>No study open.</source>
        <translation type="unfinished">No hay ningún estudio abierto.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="109" />
        <source>File</source>
        <translation type="unfinished">Archivo</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="114" />
        <source>Frames</source>
        <translation type="unfinished">Fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>Frame size</source>
        <translation type="unfinished">Tamaño del fotograma</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>%1 x %2 px</source>
        <translation type="unfinished">%1 x %2 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>Frame rate</source>
        <translation type="unfinished">Frecuencia de fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="130" />
        <source>Not calibrated: lengths and areas are in pixels only.</source>
        <translation type="unfinished">Sin calibrar: las longitudes y áreas solo se dan en píxeles.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="135" />
        <source>Pixel spacing (whole image).</source>
        <translation type="unfinished">Espaciado de píxel (imagen completa).</translation>
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
        <translation type="unfinished">imagen completa</translation>
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
        <translation type="unfinished">no espacial</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="155" />
        <source>%1 / %2</source>
        <translation type="unfinished">%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="158" />
        <source>Region %1: x %2–%3, y %4–%5; %6 x %7 %8 per pixel (X x Y)</source>
        <translation type="unfinished">Región %1: x %2–%3, y %4–%5; %6 x %7 %8 por píxel (X x Y)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="186" />
        <source>These frames cannot be decoded: %1</source>
        <translation type="unfinished">No se pueden decodificar estos fotogramas: %1</translation>
    </message>
</context>
<context>
    <name>ns::ui::RaterDialog</name>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="15" />
        <source>Who Is Annotating?</source>
        <translation type="unfinished">¿Quién está anotando?</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="17" />
        <source>Every contour, approval and grade you make is stored under your rater name, so several raters' work stays apart. Pick your name or type a new one.</source>
        <translation type="unfinished">Cada contorno, aprobación y grado que haga se guarda con su nombre de evaluador, para que el trabajo de varios evaluadores se mantenga separado. Elija su nombre o escriba uno nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="25" />
        <source>Raters already in this workspace; type a new name to add one</source>
        <translation type="unfinished">Evaluadores que ya están en este espacio de trabajo; escriba un nombre nuevo para añadir uno</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="31" />
        <source>Your name or initials</source>
        <translation type="unfinished">Su nombre o iniciales</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RaterDialog.cpp" line="36" />
        <source>Annotate as This Rater</source>
        <translation type="unfinished">Anotar como este evaluador</translation>
    </message>
</context>
<context>
    <name>ns::ui::RatersPanel</name>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="38" />
        <source>Tick the raters whose contours are shown over the image (read-only, dashed, in their colour)</source>
        <translation type="unfinished">Marque los evaluadores cuyos contornos se muestran sobre la imagen (solo lectura, con trazo discontinuo, en su color)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="42" />
        <source>First rater of the comparison</source>
        <translation type="unfinished">Primer evaluador de la comparación</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="43" />
        <source>Second rater of the comparison</source>
        <translation type="unfinished">Segundo evaluador de la comparación</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="47" />
        <source>Dice similarity (1 = identical masks) and the Hausdorff distance (largest distance between the two outlines) of the two raters' contours on this frame</source>
        <translation type="unfinished">Similitud de Dice (1 = máscaras idénticas) y distancia de Hausdorff (mayor distancia entre los dos contornos) de los contornos de los dos evaluadores en este fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="50" />
        <source>Show Raters</source>
        <translation type="unfinished">Mostrar evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="54" />
        <source>Agreement on This Frame</source>
        <translation type="unfinished">Concordancia en este fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="57" />
        <source>Rater A:</source>
        <translation type="unfinished">Evaluador A:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="58" />
        <source>Rater B:</source>
        <translation type="unfinished">Evaluador B:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/RatersPanel.cpp" line="144" />
        <source>%1 — %n contour(s) on this frame</source>
        <translation type="unfinished">
            <numerusform>%1 — %n contorno en este fotograma</numerusform>
            <numerusform>%1 — %n contornos en este fotograma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="150" />
        <source>No other raters in this workspace yet.</source>
        <translation type="unfinished">Aún no hay otros evaluadores en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="182" />
        <source>Open a study in a workspace to compare raters.</source>
        <translation type="unfinished">Abra un estudio en un espacio de trabajo para comparar evaluadores.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="186" />
        <source>Choose two different raters.</source>
        <translation type="unfinished">Elija dos evaluadores distintos.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="193" />
        <source>Cannot compare: %1</source>
        <translation type="unfinished">No se puede comparar: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="198" />
        <source>Neither %1 nor %2 has a contour on this frame.</source>
        <translation type="unfinished">Ni %1 ni %2 tienen un contorno en este fotograma.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="203" />
        <source>— (only one of them contoured this frame)</source>
        <translation type="unfinished">— (solo uno de ellos contorneó este fotograma)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="205" />
        <source>%1 px = %2 mm</source>
        <translation type="unfinished">%1 px = %2 mm</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="207" />
        <source>%1 px (no mm: %2)</source>
        <translation type="unfinished">%1 px (sin mm: %2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/RatersPanel.cpp" line="208" />
        <source>&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%3 px² by %4, %5 px² by %6, %7 px² by both&lt;/small&gt;</source>
        <translation type="unfinished">&lt;b&gt;DSC&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Hausdorff&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%3 px² de %4, %5 px² de %6, %7 px² de ambos&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ns::ui::ReviewController</name>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="29" />
        <source>&amp;Review</source>
        <translation type="unfinished">Revi&amp;sión</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="33" />
        <source>Approve &amp;Frame</source>
        <translation type="unfinished">Aprobar &amp;fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="34" />
        <source>Mark the contours of this frame as reviewed and approved; undoable</source>
        <translation type="unfinished">Marca los contornos de este fotograma como revisados y aprobados; se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="35" />
        <source>Revoke Frame Approval</source>
        <translation type="unfinished">Revocar la aprobación del fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="36" />
        <source>Take back the approval of this frame; it is corrected, AI or unlabelled again, as its contours say</source>
        <translation type="unfinished">Retira la aprobación de este fotograma; vuelve a ser corregido, IA o sin etiquetar, según sus contornos</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="37" />
        <source>Approve &amp;Study</source>
        <translation type="unfinished">Aprobar es&amp;tudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="38" />
        <source>Mark the whole study as reviewed and approved; undoable</source>
        <translation type="unfinished">Marca todo el estudio como revisado y aprobado; se puede deshacer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="39" />
        <source>Revoke Study Approval</source>
        <translation type="unfinished">Revocar la aprobación del estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="40" />
        <source>Take back the approval of the study</source>
        <translation type="unfinished">Retira la aprobación del estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="41" />
        <source>Change &amp;Rater…</source>
        <translation type="unfinished">Cambiar &amp;evaluador…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="42" />
        <source>Choose who is annotating; every later edit carries this name</source>
        <translation type="unfinished">Elija quién está anotando; cada edición posterior lleva este nombre</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="43" />
        <source>Approve Frame</source>
        <translation type="unfinished">Aprobar fotograma</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="44" />
        <source>Approve Study</source>
        <translation type="unfinished">Aprobar estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="45" />
        <source>Revoke</source>
        <translation type="unfinished">Revocar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="46" />
        <source>Revoke Study</source>
        <translation type="unfinished">Revocar estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="48" />
        <location filename="../ui/annotation/ReviewController.cpp" line="52" />
        <source>Raters</source>
        <translation type="unfinished">Evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="51" />
        <source>Show or hide the raters shown over the image and their agreement</source>
        <translation type="unfinished">Muestra u oculta los evaluadores mostrados sobre la imagen y su concordancia</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="55" />
        <location filename="../ui/annotation/ReviewController.cpp" line="59" />
        <source>Audit Log</source>
        <translation type="unfinished">Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="58" />
        <source>Show or hide who changed what and when in this workspace</source>
        <translation type="unfinished">Muestra u oculta quién cambió qué y cuándo en este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="107" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="115" />
        <source>Review</source>
        <translation type="unfinished">Revisión</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="118" />
        <source> Rater: </source>
        <translation type="unfinished"> Evaluador: </translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="121" />
        <source>Who is annotating: every contour, approval and grade is stored under this name. Each rater has an undo history of their own.</source>
        <translation type="unfinished">Quién está anotando: cada contorno, aprobación y grado se guarda con este nombre. Cada evaluador tiene su propio historial de deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="131" />
        <source>Review status of the frame on screen and of the study. Without a review it follows the contours: unlabelled, AI (model contours only) or corrected (a person drew or edited).</source>
        <translation type="unfinished">Estado de revisión del fotograma en pantalla y del estudio. Sin revisión, depende de los contornos: sin etiquetar, IA (solo contornos de modelos) o corregido (una persona dibujó o editó).</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="166" />
        <source>New Rater…</source>
        <translation type="unfinished">Nuevo evaluador…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="173" />
        <source>unlabelled</source>
        <translation type="unfinished">sin etiquetar</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="174" />
        <source>AI</source>
        <translation type="unfinished">IA</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="175" />
        <source>corrected</source>
        <translation type="unfinished">corregido</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="176" />
        <source>approved</source>
        <translation type="unfinished">aprobado</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="201" />
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="203" />
        <source>&lt;b&gt;approved&lt;/b&gt; by %1</source>
        <translation type="unfinished">&lt;b&gt;aprobado&lt;/b&gt; por %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="204" />
        <source>%1 (not reviewed)</source>
        <translation type="unfinished">%1 (sin revisar)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="206" />
        <source>Frame %1: %2 · Study: %3</source>
        <translation type="unfinished">Fotograma %1: %2 · Estudio: %3</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="207" />
        <source>No study under review</source>
        <translation type="unfinished">Ningún estudio en revisión</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>The study</source>
        <translation type="unfinished">El estudio</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="249" />
        <source>Frame %1</source>
        <translation type="unfinished">Fotograma %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="250" />
        <source>%1 approved by %2.</source>
        <translation type="unfinished">%1: aprobado por %2.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="251" />
        <source>%1: approval revoked by %2; now %3.</source>
        <translation type="unfinished">%1: %2 revocó la aprobación; ahora %3.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/ReviewController.cpp" line="264" />
        <source>Annotating as %1.</source>
        <translation type="unfinished">Anotando como %1.</translation>
    </message>
</context>
<context>
    <name>ns::ui::SideBySideView</name>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="15" />
        <source>Explanations side by side</source>
        <translation type="unfinished">Explicaciones lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="46" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · frame %5 · %6 s</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 %4 · fotograma %5 · %6 s</translation>
    </message>
    <message>
        <location filename="../ui/explain/SideBySideView.cpp" line="54" />
        <source>Explanations side by side: %1, frame %2</source>
        <translation type="unfinished">Explicaciones lado a lado: %1, fotograma %2</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowser</name>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="32" />
        <source>Search name, patient ID or path…</source>
        <translation type="unfinished">Buscar nombre, ID de paciente o ruta…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="34" />
        <source>Show only the studies whose file name, patient ID or path contains this text (not case-sensitive). Ctrl+F jumps here; Down moves to the list.</source>
        <translation type="unfinished">Muestra solo los estudios cuyo nombre de archivo, ID de paciente o ruta contiene este texto (sin distinguir mayúsculas). Ctrl+F salta aquí; Flecha abajo pasa a la lista.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="39" />
        <source>Show only the studies with this review status. Unless someone set a status for the whole study, it follows from its contours: any drawn or corrected by a person makes it Corrected, only model contours make it AI.</source>
        <translation type="unfinished">Muestra solo los estudios con este estado de revisión. Salvo que alguien haya asignado un estado a todo el estudio, depende de sus contornos: cualquiera dibujado o corregido por una persona lo deja como Corregido; si solo hay contornos de modelos, como IA.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="42" />
        <source>All statuses</source>
        <translation type="unfinished">Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="48" />
        <source>Order of the studies</source>
        <translation type="unfinished">Orden de los estudios</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="49" />
        <source>Sort by name</source>
        <translation type="unfinished">Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="50" />
        <source>Sort by status</source>
        <translation type="unfinished">Ordenar por estado</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="51" />
        <source>Sort by annotated frames</source>
        <translation type="unfinished">Ordenar por fotogramas anotados</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="52" />
        <source>Sort by patient ID</source>
        <translation type="unfinished">Ordenar por ID de paciente</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="53" />
        <source>Newest first</source>
        <translation type="unfinished">Más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="123" />
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="182" />
        <source>The studies cannot be read: %1</source>
        <translation type="unfinished">No se pueden leer los estudios: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="184" />
        <source>No workspace is open. File &gt; Open Workspace… shows its studies here.</source>
        <translation type="unfinished">No hay ningún espacio de trabajo abierto. Archivo &gt; Abrir espacio de trabajo… muestra aquí sus estudios.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="186" />
        <source>No studies yet. Open a study while this workspace is open to add it.</source>
        <translation type="unfinished">Aún no hay estudios. Abra un estudio con este espacio de trabajo abierto para añadirlo.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>1 study</source>
        <translation type="unfinished">1 estudio</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="188" />
        <source>%1 studies</source>
        <translation type="unfinished">%1 estudios</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="190" />
        <source>No study of %1 matches the search and filter.</source>
        <translation type="unfinished">Ninguno de los %1 estudios coincide con la búsqueda y el filtro.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="192" />
        <source>%1 of %2 studies shown</source>
        <translation type="unfinished">Se muestran %1 de %2 estudios</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowser.cpp" line="194" />
        <source>(read-only)</source>
        <translation type="unfinished">(solo lectura)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyBrowserDock</name>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="15" />
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="21" />
        <source>Studies</source>
        <translation type="unfinished">Estudios</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="20" />
        <source>Show or hide the studies of the open workspace</source>
        <translation type="unfinished">Muestra u oculta los estudios del espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="25" />
        <source>&amp;Find Study…</source>
        <translation type="unfinished">&amp;Buscar estudio…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyBrowserDock.cpp" line="28" />
        <source>Search the studies of the workspace by name, patient ID or path (%1)</source>
        <translation type="unfinished">Busca en los estudios del espacio de trabajo por nombre, ID de paciente o ruta (%1)</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyItemDelegate</name>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="95" />
        <source>file missing</source>
        <translation type="unfinished">falta el archivo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="131" />
        <source>Loading…</source>
        <translation type="unfinished">Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>File missing</source>
        <translation type="unfinished">Falta el archivo</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyItemDelegate.cpp" line="147" />
        <source>Cannot read file</source>
        <translation type="unfinished">No se puede leer el archivo</translation>
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
        <translation type="unfinished">Sin etiquetar</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="119" />
        <source>AI</source>
        <translation type="unfinished">IA</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="120" />
        <source>Corrected</source>
        <translation type="unfinished">Corregido</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="121" />
        <source>Approved</source>
        <translation type="unfinished">Aprobado</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Annotated (1 frame)</source>
        <translation type="unfinished">Anotado (1 fotograma)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="129" />
        <source>Not annotated (1 frame)</source>
        <translation type="unfinished">Sin anotar (1 fotograma)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="130" />
        <source>%1 of %2 frames annotated</source>
        <translation type="unfinished">%1 de %2 fotogramas anotados</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="137" />
        <source>Patient %1</source>
        <translation type="unfinished">Paciente %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>1 contour</source>
        <translation type="unfinished">1 contorno</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="142" />
        <source>%1 contours</source>
        <translation type="unfinished">%1 contornos</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>1 rater</source>
        <translation type="unfinished">1 evaluador</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="144" />
        <source>%1 raters</source>
        <translation type="unfinished">%1 evaluadores</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="154" />
        <source>Status: %1 (set for the study)</source>
        <translation type="unfinished">Estado: %1 (asignado al estudio)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="155" />
        <source>Status: %1 (from its contours)</source>
        <translation type="unfinished">Estado: %1 (según sus contornos)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="157" />
        <source>Contours: %1 by people, %2 by models or interpolation</source>
        <translation type="unfinished">Contornos: %1 de personas, %2 de modelos o interpolación</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="159" />
        <source>Raters: %1</source>
        <translation type="unfinished">Evaluadores: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Not graded by a person</source>
        <translation type="unfinished">Sin graduar por una persona</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="161" />
        <source>Grade: %1 (the newest a person recorded)</source>
        <translation type="unfinished">Grado: %1 (el más reciente registrado por una persona)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="163" />
        <source>Patient ID: %1</source>
        <translation type="unfinished">ID del paciente: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="164" />
        <source>%1, %2 x %3 px</source>
        <translation type="unfinished">%1, %2 x %3 px</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Copied into the workspace: %1</source>
        <translation type="unfinished">Copiado en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="165" />
        <source>Referenced in place: %1</source>
        <translation type="unfinished">Referenciado en su ubicación: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyListModel.cpp" line="170" />
        <source>Double-click or press Enter to open it with its annotations.</source>
        <translation type="unfinished">Haga doble clic o pulse Intro para abrirlo con sus anotaciones.</translation>
    </message>
</context>
<context>
    <name>ns::ui::StudyViewer</name>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="108" />
        <source>Loading…</source>
        <translation type="unfinished">Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="241" />
        <source>Colour images are shown as stored: window/level applies to greyscale images only.</source>
        <translation type="unfinished">Las imágenes en color se muestran tal como están almacenadas: la ventana/nivel solo se aplica a imágenes en escala de grises.</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingCurves</name>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="48" />
        <source>Training loss</source>
        <translation type="unfinished">Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="49" />
        <source>Validation loss</source>
        <translation type="unfinished">Pérdida de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="50" />
        <source>Validation</source>
        <translation type="unfinished">Validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="51" />
        <location filename="../ui/training/TrainingCurves.cpp" line="53" />
        <source>Epoch</source>
        <translation type="unfinished">Época</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="52" />
        <source>Loss</source>
        <translation type="unfinished">Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="58" />
        <source>Loss per epoch: training (blue) and validation (orange). Validation loss rising while training loss falls means the model is memorising the training frames.</source>
        <translation type="unfinished">Pérdida por época: entrenamiento (azul) y validación (naranja). Si la pérdida de validación sube mientras la de entrenamiento baja, el modelo está memorizando los fotogramas de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="60" />
        <source>The validation figure that picks the best epoch, on patients never seen in training</source>
        <translation type="unfinished">La cifra de validación que elige la mejor época, en pacientes nunca vistos en el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="73" />
        <source>Validation DSC</source>
        <translation type="unfinished">DSC de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="74" />
        <source>Validation AUC</source>
        <translation type="unfinished">AUC de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingCurves.cpp" line="75" />
        <source>Validation accuracy</source>
        <translation type="unfinished">Exactitud de validación</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingFeature</name>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="28" />
        <source>&amp;Review</source>
        <translation type="unfinished">&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="30" />
        <source>Review studies: viewer, annotation and AI review (Ctrl+Shift+V)</source>
        <translation type="unfinished">Revisar estudios: visor, anotación y revisión de IA (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="31" />
        <source>&amp;Training</source>
        <translation type="unfinished">&amp;Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="33" />
        <source>Train or fine-tune a model on labelled frames (Ctrl+Shift+T)</source>
        <translation type="unfinished">Entrenar o ajustar (ajuste fino) un modelo con fotogramas etiquetados (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingFeature.cpp" line="41" />
        <source>Mode</source>
        <translation type="unfinished">Modo</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingForm</name>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="43" />
        <source>S0's Scale-attentional U-Net (about 0.5M parameters): the shipped segmentation network</source>
        <translation type="unfinished">U-Net con atención de escala de S0 (unos 0,5 M de parámetros): la red de segmentación incluida</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="44" />
        <source>A plain U-Net (about 8.6M parameters): S0's baseline</source>
        <translation type="unfinished">Una U-Net simple (unos 8,6 M de parámetros): la referencia de S0</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="46" />
        <source>SqueezeNet 1.1, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">SqueezeNet 1.1, uno de los clasificadores de STC de S1, con entrada en escala de grises</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="48" />
        <source>EfficientNet-B0, one of S1's CTS classifiers, with a greyscale input</source>
        <translation type="unfinished">EfficientNet-B0, uno de los clasificadores de STC de S1, con entrada en escala de grises</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="51" />
        <source>S3's transverse severity CNN (3 convolution blocks): the shipped severity model</source>
        <translation type="unfinished">CNN de gravedad transversal de S3 (3 bloques convolucionales): el modelo de gravedad incluido</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="53" />
        <source>S3's longitudinal severity CNN (2 convolution blocks), for longitudinal sweeps</source>
        <translation type="unfinished">CNN de gravedad longitudinal de S3 (2 bloques convolucionales), para barridos longitudinales</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="55" />
        <source>The transverse CNN with two convolutions per block (not S3's): slower to train, level with it on our phantoms so far (docs/training.md)</source>
        <translation type="unfinished">La CNN transversal con dos convoluciones por bloque (no es de S3): más lenta de entrenar y, hasta ahora, a la par con ella en nuestros fantomas (docs/training.md)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="47" />
        <source>MobileNetV2, one of S1's CTS classifiers: the shipped one</source>
        <translation type="unfinished">MobileNetV2, uno de los clasificadores de STC de S1: el incluido</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="95" />
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="98" />
        <source>Nerve segmentation</source>
        <translation type="unfinished">Segmentación del nervio</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="99" />
        <source>CTS: yes or no</source>
        <translation type="unfinished">STC: sí o no</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="100" />
        <source>CTS severity (4 grades)</source>
        <translation type="unfinished">Gravedad del STC (4 grados)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="101" />
        <source>What the model learns: to outline the median nerve, to tell CTS from no CTS, or to grade severity</source>
        <translation type="unfinished">Qué aprende el modelo: a contornear el nervio mediano, a distinguir STC de ausencia de STC o a graduar la gravedad</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="102" />
        <source>&amp;Task:</source>
        <translation type="unfinished">&amp;Tarea:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="104" />
        <source>Fine-tune an existing model (fast; needs few frames) or start from random weights</source>
        <translation type="unfinished">Ajustar (ajuste fino) un modelo existente (rápido; necesita pocos fotogramas) o partir de pesos aleatorios</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="105" />
        <source>Start &amp;from:</source>
        <translation type="unfinished">&amp;Partir de:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="107" />
        <source>Network architecture; fixed by the model you start from</source>
        <translation type="unfinished">Arquitectura de la red; la fija el modelo del que se parte</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="108" />
        <source>&amp;Network:</source>
        <translation type="unfinished">&amp;Red:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="113" />
        <source>Name of the new model; its version is set when you promote it</source>
        <translation type="unfinished">Nombre del modelo nuevo; su versión se asigna al promoverlo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="114" />
        <source>N&amp;ame:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="125" />
        <source>Data</source>
        <translation type="unfinished">Datos</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="127" />
        <source>Dataset folder (with manifest.json)</source>
        <translation type="unfinished">Carpeta del conjunto de datos (con manifest.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="128" />
        <source>A folder exported as PNG + manifest, or made by: nervescope-cli dataset synth</source>
        <translation type="unfinished">Una carpeta exportada como PNG + manifiesto, o creada con: nervescope-cli dataset synth</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="130" />
        <source>Approved and corrected annotations of this workspace</source>
        <translation type="unfinished">Anotaciones aprobadas y corregidas de este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="132" />
        <source>Not available yet: export the workspace as PNG + manifest and choose that folder</source>
        <translation type="unfinished">Aún no disponible: exporte el espacio de trabajo como PNG + manifiesto y elija esa carpeta</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="139" />
        <source>Dataset folder</source>
        <translation type="unfinished">Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="141" />
        <source>&amp;Browse…</source>
        <translation type="unfinished">E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="142" />
        <source>Choose the dataset folder</source>
        <translation type="unfinished">Elige la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="154" />
        <source>The manifest splits by patient: no patient's frames are in two splits, so validation figures come from patients the model never saw</source>
        <translation type="unfinished">El manifiesto reparte por paciente: los fotogramas de ningún paciente están en dos particiones, así que las cifras de validación proceden de pacientes que el modelo nunca vio</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="159" />
        <source>Where the run writes its checkpoints, log and the trained model</source>
        <translation type="unfinished">Dónde escribe la ejecución sus puntos de control, su registro y el modelo entrenado</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="160" />
        <source>Out&amp;put…</source>
        <translation type="unfinished">Sa&amp;lida…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="161" />
        <source>Choose the output folder</source>
        <translation type="unfinished">Elige la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="162" />
        <source>Output:</source>
        <translation type="unfinished">Salida:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="167" />
        <source>Dataset Folder</source>
        <translation type="unfinished">Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="171" />
        <source>Output Folder</source>
        <translation type="unfinished">Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="184" />
        <source>Training</source>
        <translation type="unfinished">Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="186" />
        <source>Most passes over the training frames; training stops earlier when validation stops improving</source>
        <translation type="unfinished">Número máximo de pasadas por los fotogramas de entrenamiento; el entrenamiento se detiene antes si la validación deja de mejorar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="187" />
        <source>Frames per optimisation step; lower it when memory runs short</source>
        <translation type="unfinished">Fotogramas por paso de optimización; redúzcalo si falta memoria</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="188" />
        <source>Adam learning rate; about 10x lower than the default suits fine-tuning</source>
        <translation type="unfinished">Tasa de aprendizaje de Adam; para el ajuste fino conviene una unas 10 veces menor que la predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="191" />
        <source>Constant</source>
        <translation type="unfinished">Constante</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="192" />
        <source>Cosine</source>
        <translation type="unfinished">Coseno</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="193" />
        <source>Constant keeps the learning rate; cosine lowers it along half a cosine to near 0 at the last epoch, which steadies the last epochs (the shipped severity CNN was trained so). A cosine run resumes only with the same number of epochs.</source>
        <translation type="unfinished">Constante mantiene la tasa de aprendizaje; coseno la reduce siguiendo medio coseno hasta casi 0 en la última época, lo que estabiliza las últimas épocas (así se entrenó la CNN de gravedad incluida). Una ejecución con coseno solo se reanuda con el mismo número de épocas.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="196" />
        <source>Frames are resized to this square size before the network (U-Nets: a multiple of 16)</source>
        <translation type="unfinished">Los fotogramas se redimensionan a este tamaño cuadrado antes de la red (U-Net: múltiplo de 16)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="198" />
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="201" />
        <source>Classifiers: dropout after each dense layer while training. The severity CNNs start at 0.2: with S3's 0.6 their units die in the first epochs and they stay at chance on phantoms. A model you start from keeps its own.</source>
        <translation type="unfinished">Clasificadores: dropout tras cada capa densa durante el entrenamiento. Las CNN de gravedad empiezan en 0,2: con el 0,6 de S3, sus unidades mueren en las primeras épocas y se quedan en el nivel del azar con los fantomas. Un modelo del que se parte conserva el suyo.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="204" />
        <source>network's own</source>
        <translation type="unfinished">el propio de la red</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="205" />
        <source>Stop after this many epochs without a better validation figure</source>
        <translation type="unfinished">Se detiene tras este número de épocas sin mejorar la cifra de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="206" />
        <source>Random seed: the same seed, data and threads give the same model</source>
        <translation type="unfinished">Semilla aleatoria: la misma semilla, datos e hilos dan el mismo modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="208" />
        <source>CPU threads for training; 0 uses all cores (the window stays responsive either way)</source>
        <translation type="unfinished">Hilos de CPU para el entrenamiento; 0 usa todos los núcleos (la ventana sigue respondiendo en ambos casos)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="209" />
        <source>automatic</source>
        <translation type="unfinished">automático</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="210" />
        <source>&amp;Epochs:</source>
        <translation type="unfinished">Épo&amp;cas:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="211" />
        <source>&amp;Batch size:</source>
        <translation type="unfinished">Tamaño de l&amp;ote:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="212" />
        <source>&amp;Learning rate:</source>
        <translation type="unfinished">Tasa de &amp;aprendizaje:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="213" />
        <source>Learning-rate s&amp;chedule:</source>
        <translation type="unfinished">Pro&amp;gramación de la tasa:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="214" />
        <source>&amp;Input size:</source>
        <translation type="unfinished">Tamaño de &amp;entrada:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="215" />
        <source>&amp;Dropout:</source>
        <translation type="unfinished">&amp;Dropout:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="216" />
        <source>&amp;Patience:</source>
        <translation type="unfinished">Pac&amp;iencia:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="217" />
        <source>&amp;Seed:</source>
        <translation type="unfinished">&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="218" />
        <source>&amp;Threads:</source>
        <translation type="unfinished">&amp;Hilos:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="227" />
        <source>Augmentation (random, per frame and epoch)</source>
        <translation type="unfinished">Aumento de datos (aleatorio, por fotograma y época)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="229" />
        <source>Largest shear, degrees, drawn independently in x and y</source>
        <translation type="unfinished">Cizallamiento máximo, en grados, elegido de forma independiente en x e y</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="230" />
        <source>Largest rotation, degrees, either way</source>
        <translation type="unfinished">Rotación máxima, en grados, en cualquier sentido</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="231" />
        <source>Smallest zoom factor (1 = none); CTS models keep this near 1 because nerve size is the sign</source>
        <translation type="unfinished">Factor de zoom mínimo (1 = ninguno); los modelos de STC lo mantienen cerca de 1 porque el tamaño del nervio es el signo diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="232" />
        <source>Largest zoom factor (1 = none)</source>
        <translation type="unfinished">Factor de zoom máximo (1 = ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="233" />
        <source>Largest shift, percent of the image size, in x and y</source>
        <translation type="unfinished">Desplazamiento máximo, en porcentaje del tamaño de la imagen, en x e y</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="235" />
        <source>Mirror left-right</source>
        <translation type="unfinished">Reflejo izquierda-derecha</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="236" />
        <source>Mirror half of the frames: left and right wrists look alike mirrored</source>
        <translation type="unfinished">Refleja la mitad de los fotogramas: las muñecas izquierda y derecha se parecen al reflejarlas</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="241" />
        <source>Shear:</source>
        <translation type="unfinished">Cizallamiento:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="242" />
        <source>Rotation:</source>
        <translation type="unfinished">Rotación:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="243" />
        <source>Zoom:</source>
        <translation type="unfinished">Zoom:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="244" />
        <source>Shift:</source>
        <translation type="unfinished">Desplazamiento:</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="282" />
        <source>%1 (current default)</source>
        <translation type="unfinished">%1 (predeterminado actual)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="284" />
        <source>%1 (workspace)</source>
        <translation type="unfinished">%1 (espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="288" />
        <source>Random weights (from scratch)</source>
        <translation type="unfinished">Pesos aleatorios (desde cero)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="312" />
        <source>Starts from %1 %2: %3, input %4×%5 px.</source>
        <translation type="unfinished">Parte de %1 %2: %3, entrada %4×%5 px.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="314" />
        <source>It looks at a %1 mm square around the nerve.</source>
        <translation type="unfinished">Analiza un cuadrado de %1 mm alrededor del nervio.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="318" />
        <source>Starts from random weights: needs many frames and epochs.</source>
        <translation type="unfinished">Parte de pesos aleatorios: necesita muchos fotogramas y épocas.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="351" />
        <source>Export the approved and corrected annotations of the open workspace and train on them</source>
        <translation type="unfinished">Exporta las anotaciones aprobadas y corregidas del espacio de trabajo abierto y entrena con ellas</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="375" />
        <source>Choose a dataset folder.</source>
        <translation type="unfinished">Elija una carpeta de conjunto de datos.</translation>
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
        <translation type="unfinished">Creado para: %1 · vista: %2 · perfiles de escáner: %3&lt;table cellspacing=0 cellpadding=2&gt;&lt;tr&gt;&lt;th align=left&gt;partición&lt;/th&gt;&lt;th&gt;pacientes&lt;/th&gt;&lt;th&gt;fotogramas&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingForm.cpp" line="405" />
        <source>unknown</source>
        <translation type="unfinished">desconocido</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingPage</name>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="68" />
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>&amp;Resume</source>
        <translation type="unfinished">&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="69" />
        <source>Discard</source>
        <translation type="unfinished">Descartar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="70" />
        <source>&amp;Promote to Workspace</source>
        <translation type="unfinished">&amp;Promover al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="73" />
        <source>Train with these settings (Ctrl+Return)</source>
        <translation type="unfinished">Entrena con esta configuración (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="74" />
        <source>Stop after the current batch; the last whole epoch is kept for Resume (Esc or Ctrl+.)</source>
        <translation type="unfinished">Se detiene tras el lote actual; la última época completa se conserva para Reanudar (Esc o Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="75" />
        <source>Continue the unfinished run of these settings from its last checkpoint</source>
        <translation type="unfinished">Continúa la ejecución sin terminar con esta configuración desde su último punto de control</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="76" />
        <source>Delete the unfinished run's checkpoint so a new run can start</source>
        <translation type="unfinished">Elimina el punto de control de la ejecución sin terminar para poder iniciar una nueva</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="77" />
        <location filename="../ui/training/TrainingPage.cpp" line="326" />
        <source>Copy the new model into the workspace and make it the default the AI panel uses</source>
        <translation type="unfinished">Copia el nuevo modelo en el espacio de trabajo y lo convierte en el predeterminado del panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="81" />
        <source>What the run reported, one line per epoch</source>
        <translation type="unfinished">Lo que informó la ejecución, una línea por época</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="85" />
        <source>Time left, estimated from the batches so far</source>
        <translation type="unfinished">Tiempo restante, estimado a partir de los lotes hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="104" />
        <source>Validation Results</source>
        <translation type="unfinished">Resultados de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="105" />
        <source>Log</source>
        <translation type="unfinished">Registro</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="145" />
        <source>Choose the task, the model to start from and the data, then Start (Ctrl+Return).</source>
        <translation type="unfinished">Elija la tarea, el modelo de partida y los datos, y pulse Iniciar (Ctrl+Return).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="191" />
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished">Cancelando tras el lote actual…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="203" />
        <source>Choose a dataset folder first.</source>
        <translation type="unfinished">Elija primero una carpeta de conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="215" />
        <source>An unfinished run of these settings exists: Resume it, or Discard it to start over.</source>
        <translation type="unfinished">Existe una ejecución sin terminar con esta configuración: Reanúdela o Descártela para empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="232" />
        <source>Resuming %1 in %2</source>
        <translation type="unfinished">Reanudando %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="233" />
        <source>Training %1 in %2</source>
        <translation type="unfinished">Entrenando %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Resuming…</source>
        <translation type="unfinished">Reanudando…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="234" />
        <source>Reading the dataset…</source>
        <translation type="unfinished">Leyendo el conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="248" />
        <source>about %1 left</source>
        <translation type="unfinished">quedan unos %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="261" />
        <source>Done in %1: best validation %2 %3 at epoch %4 of %5%6. Saved %7.</source>
        <translation type="unfinished">Terminado en %1: mejor %2 de validación %3 en la época %4 de %5%6. Guardado %7.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="266" />
        <source> (stopped early)</source>
        <translation type="unfinished"> (parada temprana)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="269" />
        <source>Cancelled. The checkpoint after epoch %1 is kept: Resume continues from there.</source>
        <translation type="unfinished">Cancelado. Se conserva el punto de control tras la época %1: Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="273" />
        <source>Saved %1</source>
        <translation type="unfinished">Guardado %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="284" />
        <source>Discarded the checkpoint in %1</source>
        <translation type="unfinished">Descartado el punto de control de %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="295" />
        <source>Cannot promote: %1</source>
        <translation type="unfinished">No se puede promover: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="299" />
        <source>Promoted %1 %2 into the workspace; the AI panel now uses it by default.</source>
        <translation type="unfinished">%1 %2 promovido al espacio de trabajo; el panel de IA lo usa ahora por defecto.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="300" />
        <source>Promoted to %1</source>
        <translation type="unfinished">Promovido a %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="320" />
        <source>An unfinished run of %1 (%2 of %3 epochs done) is in %4. Resume continues it; Discard deletes it.</source>
        <translation type="unfinished">Hay una ejecución sin terminar de %1 (%2 de %3 épocas hechas) en %4. Reanudar la continúa; Descartar la elimina.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPage.cpp" line="327" />
        <source>Open or create a workspace first (File menu) to promote a model into it</source>
        <translation type="unfinished">Abra o cree primero un espacio de trabajo (menú Archivo) para promover un modelo a él</translation>
    </message>
</context>
<context>
    <name>ns::ui::TrainingResultsView</name>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="52" />
        <source>&lt;b&gt;ROC curve&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Curva ROC&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="53" />
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; (rows: reference, columns: predicted)</source>
        <translation type="unfinished">&lt;b&gt;Matriz de confusión&lt;/b&gt; (filas: referencia, columnas: predicción)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="54" />
        <source>Open &amp;Worst Case</source>
        <translation type="unfinished">Abrir el &amp;peor caso</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="57" />
        <source>1 − specificity</source>
        <translation type="unfinished">1 − especificidad</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="58" />
        <source>Sensitivity</source>
        <translation type="unfinished">Sensibilidad</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="63" />
        <source>Validation ROC curve of the new model (and of the current default when it is a binary model)</source>
        <translation type="unfinished">Curva ROC de validación del nuevo modelo (y del predeterminado actual si es un modelo binario)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="65" />
        <source>Validation frames by reference class (rows) and predicted class (columns)</source>
        <translation type="unfinished">Fotogramas de validación por clase de referencia (filas) y clase predicha (columnas)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="67" />
        <source>The new model and the current default on the same validation frames</source>
        <translation type="unfinished">El nuevo modelo y el predeterminado actual en los mismos fotogramas de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="73" />
        <source>Every validation frame; sort by score to see the worst. Double-click (or Enter) opens the frame.</source>
        <translation type="unfinished">Todos los fotogramas de validación; ordene por puntuación para ver los peores. Doble clic (o Intro) abre el fotograma.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="74" />
        <source>Open the validation frame the new model did worst on in the viewer</source>
        <translation type="unfinished">Abre en el visor el fotograma de validación en el que peor lo hizo el nuevo modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="85" />
        <source>&lt;b&gt;New model vs current default&lt;/b&gt; (same validation frames)</source>
        <translation type="unfinished">&lt;b&gt;Nuevo modelo frente al predeterminado actual&lt;/b&gt; (mismos fotogramas de validación)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="89" />
        <source>&lt;b&gt;Validation frames&lt;/b&gt;, worst first</source>
        <translation type="unfinished">&lt;b&gt;Fotogramas de validación&lt;/b&gt;, los peores primero</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="119" />
        <source>Results appear here when a run finishes.</source>
        <translation type="unfinished">Los resultados aparecen aquí cuando termina una ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="152" />
        <source>%1 (AUC %2)</source>
        <translation type="unfinished">%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="158" />
        <source>chance</source>
        <translation type="unfinished">azar</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="159" />
        <source>new</source>
        <translation type="unfinished">nuevo</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="161" />
        <source>default</source>
        <translation type="unfinished">predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="197" />
        <source>Mean DSC</source>
        <translation type="unfinished">DSC medio</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="199" />
        <source>AUC</source>
        <translation type="unfinished">AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="201" />
        <source>Accuracy</source>
        <translation type="unfinished">Exactitud</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>Figure</source>
        <translation type="unfinished">Métrica</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="203" />
        <source>New: %1</source>
        <translation type="unfinished">Nuevo: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default: %1</source>
        <translation type="unfinished">Predeterminado: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="204" />
        <source>Default</source>
        <translation type="unfinished">Predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="212" />
        <source>Frames</source>
        <translation type="unfinished">Fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="217" />
        <source>Both models judged on the same %1 validation frames, each at its own input size.</source>
        <translation type="unfinished">Ambos modelos evaluados en los mismos %1 fotogramas de validación, cada uno con su propio tamaño de entrada.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Frame</source>
        <translation type="unfinished">Fotograma</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="226" />
        <source>Patient</source>
        <translation type="unfinished">Paciente</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Reference</source>
        <translation type="unfinished">Referencia</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="228" />
        <source>Predicted</source>
        <translation type="unfinished">Predicción</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>DSC</source>
        <translation type="unfinished">DSC</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="230" />
        <source>Score</source>
        <translation type="unfinished">Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="232" />
        <source>Probabilities</source>
        <translation type="unfinished">Probabilidades</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="237" />
        <source>DSC of the predicted outline with the reference (1 = perfect)</source>
        <translation type="unfinished">DSC del contorno predicho con la referencia (1 = perfecto)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingResultsView.cpp" line="238" />
        <source>Probability the model gave the reference class (1 = sure and right)</source>
        <translation type="unfinished">Probabilidad que el modelo asignó a la clase de referencia (1 = seguro y acertado)</translation>
    </message>
</context>
<context>
    <name>ns::ui::ViewerStatusBar</name>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="18" />
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="21" />
        <source>Stop this background task</source>
        <translation type="unfinished">Detiene esta tarea en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>Pixel under the cursor (column, row)</source>
        <translation type="unfinished">Píxel bajo el cursor (columna, fila)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>x 0000, y 0000 px</source>
        <translation type="unfinished">x 0000, y 0000 px</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="28" />
        <source>Position in millimetres from the origin of the ultrasound region under the cursor</source>
        <translation type="unfinished">Posición en milímetros desde el origen de la región de ecografía bajo el cursor</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="29" />
        <source>000.00, 000.00 mm (region 0)</source>
        <translation type="unfinished">000.00, 000.00 mm (región 0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>Stored pixel value under the cursor</source>
        <translation type="unfinished">Valor de píxel almacenado bajo el cursor</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>RGB 000, 000, 000</source>
        <translation type="unfinished">RGB 000, 000, 000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom (F: fit, 1: actual pixels, +/-: zoom)</source>
        <translation type="unfinished">Zoom (F: ajustar, 1: píxeles reales, +/-: zoom)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom 0000%</source>
        <translation type="unfinished">Zoom 0000%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="32" />
        <source>Window width / level (right-drag on the image to change, Ctrl+R to reset)</source>
        <translation type="unfinished">Ancho / nivel de ventana (arrastre con el botón derecho sobre la imagen para cambiarlos; Ctrl+R para restablecerlos)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="33" />
        <source>W 00000 L 00000</source>
        <translation type="unfinished">A 00000 N 00000</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="65" />
        <source>Zoom %1%</source>
        <translation type="unfinished">Zoom %1%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="71" />
        <source>W/L: colour</source>
        <translation type="unfinished">A/N: color</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="75" />
        <source>W/L: as stored</source>
        <translation type="unfinished">A/N: tal como se almacenó</translation>
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="78" />
        <source>W %1 L %2</source>
        <translation type="unfinished">A %1 N %2</translation>
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
        <translation>Abra un estudio (Ctrl+O) o suelte aquí un archivo DICOM, de vídeo o de imagen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="32" />
        <source>Open Study…</source>
        <translation>Abrir estudio…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="34" />
        <source>Open a DICOM, video or image file (Ctrl+O)</source>
        <translation type="unfinished">Abre un archivo DICOM, de vídeo o de imagen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="36" />
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="37" />
        <source>Open a folder of images as one sequence (Ctrl+Shift+O)</source>
        <translation type="unfinished">Abre una carpeta de imágenes como una sola secuencia (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="45" />
        <source>Recent studies</source>
        <translation>Estudios recientes</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="49" />
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished">Haga doble clic o pulse Intro para abrir</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="52" />
        <source>Research and teaching software: not a medical device.</source>
        <translation>Software de investigación y docencia: no es un producto sanitario.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="94" />
        <source>%1    %2</source>
        <translation type="unfinished">%1    %2</translation>
    </message>
</context>
</TS>