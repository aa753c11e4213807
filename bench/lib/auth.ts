import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';

/** The admin role the bench's viewers carry: chat is readable by ADMIN, MODERATOR and SUPPORT; a moderator's dashboard. */
export const benchViewerRole = 'MODERATOR';
export const benchAudience = 'vigil';

/** A fresh HS256 secret for the child Vigil (VIGIL_ADMIN_JWT_SECRET), so the bench can mint admin tokens itself. */
export function benchJwtSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** An admin token as Vigil verifies it: HS256, `sub`, `aud`, `exp` and a `roles` claim. */
export async function mintAdminToken(secret: string, sub: string, roles: string[], ttlSeconds: number): Promise<string> {
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setAudience(benchAudience)
    .setIssuedAt()
    .setExpirationTime(`${Math.ceil(ttlSeconds)}s`)
    .sign(new TextEncoder().encode(secret));
}

/** Issues the producer token the publisher reports with, through the admin API like an operator would. */
export async function issueProducerToken(url: string, adminToken: string, serverId: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      query: 'mutation BenchProducer($serverId: ID!) { issueProducerToken(serverId: $serverId, label: "bench") { token } }',
      variables: { serverId },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const result = (await response.json()) as { data?: { issueProducerToken?: { token?: string } }; errors?: Array<{ message: string }> };
  const token = result.data?.issueProducerToken?.token;
  if (!token)
    throw new Error(
      `could not issue a producer token for ${serverId}: HTTP ${response.status} ${result.errors?.[0]?.message ?? 'no token in the answer'}`,
    );
  return token;
}
