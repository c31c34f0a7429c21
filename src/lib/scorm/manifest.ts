/**
 * imsmanifest.xml for a one-SCO package, in SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2) or SCORM 2004 4th edition
 * (IMS CP 1.1.4 + ADL CP/SEQ/NAV 1.3), following ADL's content packaging books: one organization with one
 * item that launches index.html, and one SCO resource listing every file in the package. Validated against
 * the standards' XSDs in tests/lib/scorm-manifest.test.ts. Pure.
 */
import type { ScormVersion } from './api';
import { assignment as assignmentText } from '../../strings/assignment';

export interface ManifestInput {
  /** Unique per package (an xsd:ID: a letter first, then letters, digits, '-', '_', '.'). */
  identifier: string;
  title: string;
  /** Paths inside the package, with '/' separators; the launch page is index.html. */
  files: readonly string[];
}

export const LAUNCH = 'index.html';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** An xsd:ID from any text. */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

/** A file's path as a URI reference (each segment percent-encoded). */
const uri = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function buildManifest(version: ScormVersion, input: ManifestInput): string {
  const id = xmlId(input.identifier);
  const title = escapeXml(input.title.trim() || assignmentText.defaultTitle);
  const files = [LAUNCH, ...input.files.filter((f) => f !== LAUNCH)]
    .map((f) => `      <file href="${escapeXml(uri(f))}"/>`)
    .join('\n');
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${title}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${title}</title>
      <item identifier="ITEM-1" identifierref="RES-1">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="${LAUNCH}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
