<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="46" />
        <source>One rater has no contour on this frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="54" />
        <source>The study has no calibration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/Agreement.cpp" line="65" />
        <source>The region's x and y spacing differ; the distance is given in pixels only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <location filename="../core/annotation/ContourStore.cpp" line="63" />
        <source>No contour with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="28" />
        <source>Add contour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="51" />
        <source>Delete contour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Move vertices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="73" />
        <source>Edit contour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="112" />
        <source>Set label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/EditCommands.cpp" line="135" />
        <source>Set review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="19" />
        <source>A grade needs a binary grade, a severity or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/annotation/GradeStore.cpp" line="24" />
        <source>Severity must be 0 (normal) to 3 (severe).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/media/Calibration.cpp" line="72" />
        <source>The image carries no calibration (no ultrasound regions, no pixel spacing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="87" />
        <source>The measurement crosses ultrasound regions, so it has no single scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="88" />
        <source>The measurement lies outside every calibrated ultrasound region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="94" />
        <source>Ultrasound region %1 has no spatial calibration (units %2 x %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="113" />
        <source>not calibrated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="115" />
        <source>pixel spacing %1 x %2 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/Calibration.cpp" line="120" />
        <source>%1 ultrasound regions, %2 spatially calibrated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalibrationOverlay</name>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="104" />
        <source>Region %1: %2 mm/px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="105" />
        <source>Region %1: no scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CalibrationOverlay.cpp" line="121" />
        <source>%1 mm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComputeDevice</name>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="14" />
        <source>GPU (CUDA, %n device(s))</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../inference/ComputeDevice.cpp" line="15" />
        <source>CPU, %n thread(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>DicomFrameSource</name>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="84" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="101" />
        <source>floating-point pixel data is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="103" />
        <source>it holds no image (no pixel data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="104" />
        <source>it holds no image (it is a %1 object)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="109" />
        <source>its pixel data element is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="141" />
        <source>the image size (Rows, Columns) is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="154" />
        <source>its compressed pixel data is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="168" />
        <source>its transfer syntax %1 (%2) is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="175" />
        <source>its transfer syntax %1 is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="189" />
        <source>its pixel data is compressed although the transfer syntax says it is not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="193" />
        <source>its pixel data holds %1 bytes, %2 frames of %3 x %4 need %5 (the file may be truncated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="199" />
        <source>the file is truncated inside its pixel data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="223" />
        <source>High-Throughput JPEG 2000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="246" />
        <source>Frame %1 of %2 could not be decoded: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="248" />
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="271" />
        <source>its pixel data cannot be read (the file may be truncated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/DicomFrameSource.cpp" line="283" />
        <source>the frame size cannot be determined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="41" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="45" />
        <source>it is a folder, not a DICOM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="49" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="53" />
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="65" />
        <source>the file is truncated (it ends in the middle of an element)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="67" />
        <source>the file is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="79" />
        <source>it is not a DICOM file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="87" />
        <source>DICOM (SOP class %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomLoader.cpp" line="108" />
        <source>%1 (retired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="142" />
        <source>Patient name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="143" />
        <location filename="../core/workspace/StudyStore.cpp" line="61" />
        <source>Patient ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="144" />
        <source>Study date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="145" />
        <source>Study description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="146" />
        <source>Series description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="147" />
        <source>Modality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="148" />
        <source>Manufacturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="149" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="150" />
        <source>Transducer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="151" />
        <source>Body part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="152" />
        <source>SOP Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="153" />
        <source>Transfer syntax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="154" />
        <source>Photometric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="155" />
        <source>Frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="156" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="156" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="157" />
        <source>Bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="157" />
        <source>%1 stored of %2 allocated, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="160" />
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="160" />
        <source>unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="161" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="161" />
        <source>%1 frames/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="161" />
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="162" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="164" />
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/DicomMetadata.cpp" line="165" />
        <source>centre %1, width %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="42" />
        <source>the compressed pixel data holds no fragments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="51" />
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="104" />
        <source>fragment %1 of the compressed pixel data is unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="93" />
        <source>the compressed pixel data holds %1 fragments for %2 frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="109" />
        <source>cannot tell which of the %1 fragments belong to which of the %2 frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="125" />
        <source>the offset table points between fragments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="128" />
        <source>the offset table is not in ascending order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="149" />
        <source>fragment %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="154" />
        <source>the frame's compressed data is empty or too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/EncapsulatedFrames.cpp" line="162" />
        <source>the compressed data of the frame cannot be read (the file may be truncated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="101" />
        <source>the fragment does not start with a JPEG 2000 codestream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="105" />
        <source>OpenJPEG could not create a decoder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="113" />
        <source>OpenJPEG rejected the decoder parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="118" />
        <source>OpenJPEG could not create a stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="129" />
        <source>the JPEG 2000 header is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="131" />
        <source>the JPEG 2000 codestream is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="135" />
        <source>the JPEG 2000 frame has %1 components, %2 expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="139" />
        <source>the JPEG 2000 frame has no data for component %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/Jpeg2000Decoder.cpp" line="141" />
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="47" />
        <source>a discrete segment runs past the end of the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="53" />
        <source>a linear segment has no previous entry to start from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="55" />
        <source>a linear segment has no end value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="64" />
        <source>an indirect segment comes first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="66" />
        <source>an indirect segment points at another indirect segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="72" />
        <location filename="../core/media/dicom/PaletteLut.cpp" line="77" />
        <source>an indirect segment is cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="84" />
        <source>an indirect segment points past the end of the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="90" />
        <source>unknown segment type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="179" />
        <source>the %1 palette colour lookup table descriptor is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="194" />
        <source>the %1 palette colour lookup table is shorter than its descriptor says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="207" />
        <source>the segmented %1 palette cannot be expanded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="208" />
        <source>it is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="213" />
        <source>the %1 palette colour lookup table data is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PaletteLut.cpp" line="231" />
        <source>the %1 palette colour lookup table is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="193" />
        <source>the image has no rows or columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="195" />
        <source>a %1 x %2 frame with %3 samples per pixel is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="200" />
        <source>%1-bit pixel data is not supported (only 1-, 8- and 16-bit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="202" />
        <source>Bits Stored (%1) does not fit in Bits Allocated (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="204" />
        <source>High Bit (%1) does not fit Bits Stored (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="209" />
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="216" />
        <source>%1 with %2 samples per pixel is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="211" />
        <source>1-bit palette colour is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="218" />
        <source>1-bit colour is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="220" />
        <source>YBR_FULL_422 needs an even number of pixels and colour-by-pixel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="224" />
        <source>the Photometric Interpretation is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="225" />
        <source>the photometric interpretation %1 is not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="240" />
        <source>the frame holds %1 bytes, %2 expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="251" />
        <source>the palette colour lookup tables are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/dicom/PhotometricConverter.cpp" line="261" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="15" />
        <source>Frame %1 does not exist (the study has %2 frames).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="31" />
        <source>Frame %1 could not be decoded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="45" />
        <source>The scan was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/FrameSource.cpp" line="55" />
        <source>Checked frame %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="13" />
        <source>About NerveScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="15" />
        <source>&lt;h3&gt;NerveScope %1&lt;/h3&gt;&lt;p&gt;View, contour and grade median-nerve ultrasound; train and explain segmentation and carpal tunnel syndrome grading models.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="20" />
        <source>&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;NerveScope is not a medical device.&lt;/b&gt; Its synthetic default models are not clinically validated; do not use it for diagnosis.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="36" />
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Mouse: the wheel zooms around the cursor, drag or middle-drag pans, right-drag changes the window (horizontal) and the level (vertical).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/HelpDialogs.cpp" line="39" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="27" />
        <location filename="../core/media/ImageFrameSource.cpp" line="52" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="28" />
        <location filename="../core/media/ImageFrameSource.cpp" line="56" />
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="29" />
        <source>it is not an image format NerveScope can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="30" />
        <source>the image data is damaged or incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="33" />
        <source>the image cannot be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="67" />
        <source>%1 images are not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="71" />
        <source>page %1 cannot be found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="77" />
        <source>the image is too large (%1 x %2 pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="151" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="152" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="153" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="156" />
        <source>; 16 bits per channel in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="158" />
        <source>; transparency ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="236" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>Multi-page %1 image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="253" />
        <source>%1 image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="260" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="262" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="263" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="264" />
        <source>Pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="265" />
        <source>File size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="277" />
        <source>Page %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="278" />
        <source>%1 cannot be decoded: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageFrameSource.cpp" line="282" />
        <source>%1 changed on disk: it is now %2 x %3 pixels.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageSequenceSource</name>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="17" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="35" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="38" />
        <source>the folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="40" />
        <source>it is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="42" />
        <source>the folder cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="50" />
        <source>the folder contains no images (PNG, JPEG, TIFF, BMP, PGM or PPM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="61" />
        <location filename="../core/media/ImageSequenceSource.cpp" line="68" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="70" />
        <source>%1 is %2 but %3 is %4; all images in a folder must have the same size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="90" />
        <source>%1 image sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="91" />
        <source>Image sequence (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="96" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="97" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="98" />
        <source>First image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="99" />
        <source>Last image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="100" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 16 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>greyscale, 8 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="101" />
        <source>colour (RGB), 8 bits per channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="102" />
        <source>Pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="103" />
        <source>not stated (a folder of images has no timing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="116" />
        <source>Frame %1 (%2) cannot be decoded: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/ImageSequenceSource.cpp" line="120" />
        <source>Frame %1 (%2) is %3, not %4 like the rest of the sequence.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <location filename="../core/annotation/Measurements.cpp" line="77" />
        <source>The study has no calibration.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaOpener</name>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="40" />
        <source>Cannot open %1: the file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="44" />
        <source>Cannot open %1: permission denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="46" />
        <source>Cannot open %1: the file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="65" />
        <source>Cannot open %1: it is not a DICOM, image or video file that NerveScope can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/MediaOpener.cpp" line="75" />
        <source>Ultrasound studies (*.dcm *.dicom %1 %2);;DICOM (*.dcm *.dicom *);;Video (%1);;Images (%2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MotorUnitWriter</name>
    <message>
        <location filename="../core/synth/motor/MotorUnitWriter.cpp" line="221" />
        <source>Motor-unit sequence %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PixelReadout</name>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="14" />
        <location filename="../ui/viewer/PixelReadout.cpp" line="18" />
        <source>value %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="22" />
        <source>RGB %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="37" />
        <source>x %1, y %2 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="42" />
        <source>no calibration here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="56" />
        <source>%1, %2 mm (region %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/PixelReadout.cpp" line="59" />
        <source>%1, %2 mm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoFrameSource</name>
    <message>
        <location filename="../core/media/VideoDecoder.cpp" line="257" />
        <source>there is not enough memory for a %1 x %2 frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="24" />
        <source>MPEG program stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="26" />
        <source>MPEG elementary stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="28" />
        <source>MPEG transport stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="32" />
        <source>ASF (Windows Media)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="35" />
        <source>unknown container</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="66" />
        <source>FourCC %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFormatNames.cpp" line="77" />
        <source>unknown codec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="57" />
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="60" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="62" />
        <source>the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="64" />
        <source>this build of OpenCV has no FFmpeg video support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="79" />
        <source>the %1 file has no index (moov atom); the recording was probably cut off before it was finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="81" />
        <source>it is not a video file that FFmpeg can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="96" />
        <source>the video contains no decodable frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="106" />
        <source>%1 video (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="146" />
        <source>Frame %1 of %2 is damaged and cannot be decoded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="160" />
        <source>Frame %1 of %2 cannot be decoded: the file can no longer be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="166" />
        <source>Frame %1 of %2 cannot be decoded: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="170" />
        <source>Frame %1 of %2 is %3 x %4 pixels instead of %5 x %6; NerveScope does not support videos that change size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="189" />
        <source>Checking %1 for damaged frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="191" />
        <source>Cannot open %1: the file can no longer be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="218" />
        <source>%1: all %2 frames decode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="219" />
        <source>%1: frames %2 are damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="240" />
        <source>Codec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="241" />
        <source>Container</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="244" />
        <source>%1 (the file lists %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="245" />
        <source>Frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>Frame size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="246" />
        <source>%1 x %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="247" />
        <source>not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="249" />
        <source>%1 fps (average; the file states %2 fps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="251" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="252" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="254" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="255" />
        <source>File size</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../core/media/VideoFrameSource.cpp" line="262" />
        <source>%n damaged frame(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="263" />
        <source>no damaged frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="265" />
        <source>Damage check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/media/VideoFrameSource.cpp" line="264" />
        <source>not checked yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/workspace/Schema.cpp" line="130" />
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="74" />
        <source>cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="86" />
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="135" />
        <source>Cannot read %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="151" />
        <location filename="../core/workspace/Workspace.cpp" line="209" />
        <source>The workspace is read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/StudyStore.cpp" line="237" />
        <source>No study with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="93" />
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="97" />
        <source>%1 is not a workspace (no %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="101" />
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="105" />
        <source>%1 is damaged or not a NerveScope workspace (not an SQLite database); it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="114" />
        <source>Opened read-only on request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="125" />
        <source>The workspace is open in %1 (process %2 on %3); it was opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="126" />
        <source>another program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="128" />
        <source>The workspace folder cannot be locked for writing; it was opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="144" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="149" />
        <source>%1 is damaged (%2); it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="154" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="158" />
        <source>%1 is an SQLite file but not a NerveScope workspace; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="169" />
        <source>The workspace was written by a newer NerveScope (schema version %1; this version understands up to %2); it was opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="174" />
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="186" />
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="194" />
        <source>It uses an older schema (version %1) that is upgraded when it is opened for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="217" />
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="226" />
        <source>The change was not saved; the workspace keeps its previous state (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="28" />
        <source>Usage: nervescope-cli %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliCommon.cpp" line="34" />
        <source>missing arguments (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="15" />
        <source>Report the inference device and library versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="19" />
        <source>File:            %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="20" />
        <source>Kind:            %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="21" />
        <source>Frames:          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="22" />
        <source>Size:            %1 x %2 (columns x rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>Frame rate:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="23" />
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="24" />
        <source>Photometric:     %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="25" />
        <source>Bits:            %1 stored of %2 allocated, %3 sample(s) per pixel%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="27" />
        <source>, signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="29" />
        <source>Transfer syntax: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="31" />
        <source>Calibration:     %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="35" />
        <source>%1 x %2 mm/pixel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="36" />
        <source>no spatial calibration (units %1 x %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="37" />
        <source>  region %1:      x %2-%3, y %4-%5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="42" />
        <source>Damaged frames:  %1-%2 cannot be decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="49" />
        <source>Describe a study: frames, size, frame rate, photometric interpretation, transfer syntax and every calibration region with its mm per pixel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="52" />
        <location filename="../app/cli/SystemCommand.cpp" line="16" />
        <location filename="../app/cli/WorkspaceCommand.cpp" line="202" />
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="53" />
        <source>Decode every frame to find damaged ones (slow for long videos).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="17" />
        <source>Report as if the CPU were forced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="31" />
        <source>Inference device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SystemCommand.cpp" line="32" />
        <source>LibTorch %1, Qt %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21" />
        <source>describe a study: frames, size, frame rate, photometric, transfer syntax, calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="22" />
        <source>write decoded frames as PNG, as the viewer displays them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23" />
        <source>report the inference device (CPU/GPU) and library versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="24" />
        <source>generate a synthetic median-nerve cine with ground truth as DICOM, MP4 or AVI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="25" />
        <source>dataset synth: generate a labelled synthetic dataset folder split by patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26" />
        <source>annotation workspace: create, import studies, list them, print contours and areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31" />
        <source>Usage: nervescope-cli VERB [options] (VERB --help for details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60" />
        <source>unknown verb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="18" />
        <source>Write decoded frames as PNG files (frame_0001.png, ...), greyscale or RGB as displayed. Frame numbers are 1-based and inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="20" />
        <location filename="../app/cli/InfoCommand.cpp" line="51" />
        <source>DICOM, video or image file, or a folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="21" />
        <source>Output folder (created if missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="22" />
        <source>First frame to write (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="23" />
        <source>Last frame to write (default: the last frame).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="28" />
        <source>--out DIR is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="39" />
        <source>frame range %1-%2 is not within 1-%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="45" />
        <source>cannot create the output folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="60" />
        <source>cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="62" />
        <source>wrote frame %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="64" />
        <source>%1 frame(s) written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FramesCommand.cpp" line="66" />
        <source>%1 frame(s) could not be decoded; first: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="47" />
        <source>Created workspace %1 (schema version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="54" />
        <source>import needs at least one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="68" />
        <source>%1: already in the workspace as study %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="70" />
        <source>%1: imported as study %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="71" />
        <source>copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="71" />
        <source>referenced in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="96" />
        <source>%1  %2  %3 frames  %4 x %5  %6 contours on %7 frames  %8  %9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="100" />
        <source>No studies yet (nervescope-cli workspace import DIR FILE...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="114" />
        <source>The study file cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="137" />
        <source>no study with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="153" />
        <source>study %1 frame %2 contour %3  %4  %5 (%6)  %7 px^2  %8  %9 vertices  %10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="156" />
        <source>%1 mm^2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="156" />
        <source>no mm^2: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="192" />
        <source>Annotation workspaces (a folder with workspace.sqlite):
  create DIR                     make a new workspace
  import DIR FILE... [--copy]    add studies (referenced in place, or copied in)
  list DIR [--json]              studies with contour counts and review status
  annotations DIR [--study ID] [--json]
                                 contours with vertices, areas (px and mm^2), rater, source, status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="198" />
        <source>create, import, list or annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="199" />
        <source>the workspace folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="200" />
        <source>studies to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="201" />
        <source>import: copy the files into the workspace instead of referencing them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="203" />
        <source>annotations: only this study.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommand.cpp" line="219" />
        <source>unknown action or extra arguments: %1 (see --help)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="25" />
        <source>Median-nerve ultrasound viewer and annotator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29" />
        <source>Open FILE, save a screenshot of the window to PNG and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32" />
        <source>Show frame N (1-based) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36" />
        <source>DICOM, video or image file, or a folder of images.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::cli</name>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="32" />
        <source>dataset synth: generate a labelled synthetic dataset folder (images/, masks/, manifest.csv, manifest.json), split train/val/test 70/15/15 by patient. Each patient has a left and a right wrist, graded per task. For --task motor-units, --patients is the number of tissue-velocity sequences and --frames-per-wrist, when given, the frames per sequence (default 400); see docs/motor-unit-format.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="36" />
        <source>The action (only "synth" for now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="37" />
        <source>segmentation, cts-binary, cts-severity or motor-units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="38" />
        <source>Number of synthetic patients (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="39" />
        <source>Frames per wrist (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="40" />
        <location filename="../app/cli/SynthCommand.cpp" line="77" />
        <source>Random seed (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="41" />
        <source>Scanner profile(s), comma-separated: hm70a, minisono, handheld (default hm70a; with several, each patient gets one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="43" />
        <source>Output folder (created if missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="48" />
        <source>unknown action "%1" (expected: dataset synth)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="50" />
        <source>--task is required (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="52" />
        <source>--out DIR is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="58" />
        <source>--patients must be a whole number from 1 to 100000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="60" />
        <source>--frames-per-wrist must be a whole number from 1 to 10000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="62" />
        <location filename="../app/cli/SynthCommand.cpp" line="106" />
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="74" />
        <source>wrote %1: %2 motor-unit sequence(s) of %3 frames, index.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="80" />
        <source>unknown task "%1" (segmentation, cts-binary, cts-severity, motor-units)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="88" />
        <location filename="../app/cli/SynthCommand.cpp" line="98" />
        <source>unknown profile "%1" (hm70a, minisono, handheld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="92" />
        <source>--profile names no profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="100" />
        <source>%1 %2 patient(s) / %3 frame(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/DatasetCommand.cpp" line="101" />
        <source>wrote %1: %2 frame(s) for %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="71" />
        <source>Generate a synthetic median-nerve cine with exact ground truth and write it as DICOM (Ultrasound Multi-frame, calibrated), MP4 or AVI. Same seed, same file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="73" />
        <source>wrist, forearm or longitudinal (default wrist).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="74" />
        <source>normal, mild, moderate or severe (default normal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="75" />
        <source>Scanner profile: hm70a, minisono or handheld (default hm70a).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="76" />
        <source>Number of frames (default 60).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="78" />
        <source>A bifid median nerve (two bundles).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="79" />
        <source>The nerve out of view (empty masks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="80" />
        <source>DICOM only: JPEG baseline (lossy) instead of uncompressed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="81" />
        <source>Output file: .dcm, .mp4 or .avi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="82" />
        <source>Also write the ground truth (per-frame contours, areas, grade, severity) as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="87" />
        <source>unexpected argument %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="89" />
        <source>--out FILE is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="94" />
        <source>unknown view "%1" (wrist, forearm, longitudinal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="96" />
        <source>unknown grade "%1" (normal, mild, moderate, severe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="104" />
        <source>--frames must be a whole number from 1 to 10000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="114" />
        <source>--out must end in .dcm, .mp4 or .avi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="116" />
        <source>--jpeg applies to .dcm output only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="119" />
        <source>cannot write %1: the folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="124" />
        <source>the generator made %1 of %2 frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="145" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="148" />
        <source>wrote %1: %2 frame(s) %3x%4, %5 frames/s, %6 mm/px (%7, %8, %9, seed %10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="154" />
        <source>wrote %1: ground truth</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::synth</name>
    <message>
        <location filename="../core/synth/CineGenerator.cpp" line="192" />
        <source>Generating synthetic frame %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="59" />
        <source>Samsung HM70A-like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="72" />
        <source>Alpinion miniSONO-like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/SynthTypes.cpp" line="85" />
        <source>Handheld wireless probe-like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="89" />
        <source>a dataset needs at least one patient and one frame per wrist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="105" />
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="132" />
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="73" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="126" />
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="154" />
        <source>patient %1, %2 wrist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetGenerator.cpp" line="136" />
        <source>the generator made %1 frame(s) for %2 %3, not %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="116" />
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="147" />
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="33" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="151" />
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="37" />
        <source>the cine has no frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="155" />
        <source>the frame size %1x%2 cannot be stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="163" />
        <source>frame %1 is %2x%3, not %4x%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDicomWriter.cpp" line="256" />
        <source>JPEG encoding failed (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="45" />
        <source>unknown video type ".%1" (use .mp4 or .avi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="66" />
        <source>no video encoder accepted the file (is the folder writable?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="77" />
        <source>frame %1 has a different size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="84" />
        <source>wrote frame %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthVideoWriter.cpp" line="88" />
        <source>the encoder wrote nothing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::synth::DatasetFolderWriter</name>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="165" />
        <source>Cannot create the dataset folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="181" />
        <location filename="../core/synth/writers/SynthDatasetWriter.cpp" line="183" />
        <source>Cannot write %1 (is the disk full or read-only?)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::AnnotationActions</name>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>&amp;New Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="12" />
        <source>Create a workspace folder where annotations are stored as you make them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="13" />
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="14" />
        <source>Open a workspace folder to annotate studies in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>&amp;Navigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="18" />
        <source>Pan and zoom; no contour tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="19" />
        <source>&amp;Polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="20" />
        <source>Click the vertices; double-click, click the first vertex or press Enter to close; Esc cancels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Free&amp;hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="21" />
        <source>Drag around the nerve; release to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="22" />
        <source>&amp;Ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="22" />
        <source>Drag the bounding box of an ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="23" />
        <source>Edit &amp;Contours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="24" />
        <source>Click to select; drag a vertex or the whole contour; double-click an edge to add a vertex; Delete removes the selected vertex or contour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="26" />
        <source>Navigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="27" />
        <source>Polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="28" />
        <source>Freehand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="29" />
        <source>Ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="30" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="37" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="37" />
        <source>Undo the last annotation edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="38" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="39" />
        <source>Redo the annotation edit that was undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="40" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="73" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="41" />
        <location filename="../ui/annotation/AnnotationActions.cpp" line="73" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="45" />
        <source>&amp;Copy Contour to Next Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="46" />
        <source>Copy the selected contour (none selected: all of yours on this frame) to the next frame and show it; one undo step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="48" />
        <source>Copy to Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="57" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="76" />
        <source>Close the polygon	Enter, double-click, click the first vertex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="77" />
        <source>Cancel the contour being drawn	Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationActions.cpp" line="78" />
        <source>Delete the selected vertex or contour	Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="29" />
        <location filename="../ui/annotation/AnnotationController.cpp" line="34" />
        <source>Measurements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="33" />
        <source>Show or hide the contour measurements of this frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="39" />
        <source>Area Along Cine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="43" />
        <source>Show or hide the nerve area of your contours along the cine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="44" />
        <source>Area Plot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="72" />
        <source>Annotation Not Stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="74" />
        <source>The workspace keeps its last good state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="86" />
        <source>Annotations of this study are stored in the workspace %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="106" />
        <source>This is the last frame: there is no next frame to copy to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="107" />
        <source>No contour of yours on this frame to copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="109" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="109" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="110" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="110" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationController.cpp" line="123" />
        <source>Copied %n contour(s) to frame %1.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="128" />
        <source>New Workspace: choose an empty folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="132" />
        <source>Cannot Create Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="135" />
        <source>Workspace %1 created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="140" />
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="144" />
        <source>Cannot Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="148" />
        <source>Workspace %1 is open read-only: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="149" />
        <source>Workspace %1 opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::AnnotationSession</name>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="91" />
        <source>Cannot create a workspace in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="101" />
        <source>Cannot open the workspace %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="180" />
        <location filename="../ui/annotation/AnnotationSession.cpp" line="207" />
        <source>The study could not be added to the workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="200" />
        <source>Annotation needs a workspace: choose File &gt; New Workspace… or Open Workspace…. Every edit is stored there as you make it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="203" />
        <source>The workspace is open read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="205" />
        <source>Open a study to annotate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="259" />
        <source>%1 mm²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationSession.cpp" line="260" />
        <source>%1 px²
no mm²: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/AnnotationSession.cpp" line="286" />
        <source>Copy %n Contour(s) to Frame %1</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ns::ui::AreaPlot</name>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="23" />
        <source>Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="25" />
        <source>Nerve area of your contours per frame (summed where there are several); click to show the nearest annotated frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="64" />
        <source>Area (mm²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="64" />
        <source>Area (px²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="78" />
        <source>No contours of yours in this study yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/AreaPlot.cpp" line="80" />
        <source>In px²: not every contour lies in one calibrated region.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::CineControls</name>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="34" />
        <source>Previous frame (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="36" />
        <source>Play / pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="38" />
        <source>Next frame (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="42" />
        <source>Frame (Home: first, End: last)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="47" />
        <source>Current frame / number of frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="52" />
        <source>Frame rate of the study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="55" />
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="58" />
        <source>%1x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="61" />
        <source>Loop playback (L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="62" />
        <source>Loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="113" />
        <source>%1 fps (assumed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="128" />
        <source>Play (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/CineControls.cpp" line="149" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::ImageView</name>
    <message>
        <location filename="../ui/viewer/ImageView.cpp" line="26" />
        <source>Wheel: zoom around the cursor. Drag (or middle-drag): pan.
Right-drag on a greyscale image: horizontal changes window width, vertical changes level.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="12" />
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="13" />
        <source>Open a folder of images as one sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>&amp;Clear Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="14" />
        <source>Forget the list of recent studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>&amp;Close Study</source>
        <translation>検査を閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="15" />
        <source>Close the study and return to the start page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="16" />
        <source>Quit NerveScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="19" />
        <source>Show the whole image as large as the window allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>Actual &amp;Pixels (1:1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="20" />
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="21" />
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="22" />
        <source>Zoom in around the centre of the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="23" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="24" />
        <source>Zoom out around the centre of the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="25" />
        <source>Show &amp;Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="26" />
        <source>Outline the calibrated ultrasound regions of the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="28" />
        <source>Reset &amp;Window/Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="29" />
        <source>Return to the study's own window/level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="31" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="32" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="33" />
        <source>1:1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="34" />
        <source>Zoom +</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="35" />
        <source>Zoom −</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="36" />
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="37" />
        <source>Reset W/L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="39" />
        <source>Play or pause the cine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>P&amp;revious Frame</source>
        <translation>前のフレーム(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="40" />
        <source>Step one frame back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="41" />
        <source>Step one frame forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>F&amp;irst Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="42" />
        <source>Go to the first frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>&amp;Last Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="43" />
        <source>Go to the last frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>&amp;Slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="44" />
        <source>Play more slowly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>F&amp;aster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="45" />
        <source>Play faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>L&amp;oop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="46" />
        <source>Start again at the end of the cine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="50" />
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>&amp;About NerveScope</source>
        <translation>NerveScope について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="51" />
        <source>Version, licence and intended use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="53" />
        <source>The Qt version NerveScope runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainActions.cpp" line="63" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <location filename="../ui/MainWindow.cpp" line="317" />
        <source>NerveScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76" />
        <source>Study Information</source>
        <translation>検査情報</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83" />
        <source>Show or hide the study information panel (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84" />
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104" />
        <source>Check for damaged frames cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121" />
        <source>Ready. Open a study with Ctrl+O or drop a file on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135" />
        <source>Open &amp;Recent</source>
        <translation>最近使った項目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164" />
        <source>&amp;Annotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169" />
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>Contour Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289" />
        <source>%1 — NerveScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="294" />
        <source>Opened %1: %2, %3 x %4 px, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295" />
        <source>1 frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295" />
        <source>%1 frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346" />
        <source>Cannot open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347" />
        <source>Cannot Open Study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360" />
        <source>The study that was open is still shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361" />
        <source>Supported: DICOM files, videos (MP4, AVI, …), images (PNG, JPEG, TIFF, …) and folders of images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369" />
        <source>Open Study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380" />
        <source>Open Folder of Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394" />
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400" />
        <source>No recent studies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422" />
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422" />
        <source>&amp;Play</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::MeasurementsTable</name>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Rater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>px²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>mm²</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Perim.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Circ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="18" />
        <source>Flat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Contour id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Who drew it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="19" />
        <source>Area in image pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="20" />
        <source>Area in mm² (empty where the contour is not inside one calibrated region; hover the cell for why)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="21" />
        <source>Perimeter: in mm where the contour lies in one calibrated region, else in px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Circularity 4πA/P²: 1 for a circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="22" />
        <source>Flattening: major / minor axis of the fitted ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="64" />
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="67" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="65" />
        <source>%1 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="65" />
        <source>%1 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="71" />
        <source>No contours on this frame. Draw one with P, D or E.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/annotation/MeasurementsTable.cpp" line="72" />
        <source>Rater: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::MetadataPanel</name>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="58" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="59" />
        <source>What the file says about itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Bounds (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>mm/px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="66" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="67" />
        <source>Ultrasound regions: a measurement has a physical size only inside one spatially calibrated region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="69" />
        <source>Damaged frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="75" />
        <source>Study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="77" />
        <source>Calibration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="97" />
        <source>No study open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="109" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="114" />
        <source>Frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>Frame size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="115" />
        <source>%1 x %2 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>Frame rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="117" />
        <source>%1 fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="130" />
        <source>Not calibrated: lengths and areas are in pixels only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="135" />
        <source>Pixel spacing (whole image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="138" />
        <location filename="../ui/viewer/MetadataPanel.cpp" line="153" />
        <source>%1 x %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="139" />
        <source>whole image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="139" />
        <source>mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="147" />
        <source>%1–%2, %3–%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="151" />
        <source>not spatial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="155" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="158" />
        <source>Region %1: x %2–%3, y %4–%5; %6 x %7 %8 per pixel (X x Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/MetadataPanel.cpp" line="186" />
        <source>These frames cannot be decoded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::StudyViewer</name>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="108" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/StudyViewer.cpp" line="241" />
        <source>Colour images are shown as stored: window/level applies to greyscale images only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::ViewerStatusBar</name>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="18" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="21" />
        <source>Stop this background task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>Pixel under the cursor (column, row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="27" />
        <source>x 0000, y 0000 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="28" />
        <source>Position in millimetres from the origin of the ultrasound region under the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="29" />
        <source>000.00, 000.00 mm (region 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>Stored pixel value under the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="30" />
        <source>RGB 000, 000, 000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom (F: fit, 1: actual pixels, +/-: zoom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="31" />
        <source>Zoom 0000%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="32" />
        <source>Window width / level (right-drag on the image to change, Ctrl+R to reset)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="33" />
        <source>W 00000 L 00000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="65" />
        <source>Zoom %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="71" />
        <source>W/L: colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="75" />
        <source>W/L: as stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/ViewerStatusBar.cpp" line="78" />
        <source>W %1 L %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ns::ui::WelcomeWidget</name>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="23" />
        <source>NerveScope</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="36" />
        <source>Open Folder…</source>
        <translation>フォルダーを開く…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="37" />
        <source>Open a folder of images as one sequence (Ctrl+Shift+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="45" />
        <source>Recent studies</source>
        <translation>最近の検査</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="49" />
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="52" />
        <source>Research and teaching software: not a medical device.</source>
        <translation>研究・教育用ソフトウェアであり、医療機器ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/WelcomeWidget.cpp" line="94" />
        <source>%1    %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>