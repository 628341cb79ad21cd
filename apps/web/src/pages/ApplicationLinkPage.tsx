import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { api } from '../api/client';
import type { Application } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorMessage, Loading } from '../components/common';

/**
 * Notifications link to `/applications/<id>`: the seeker sees it among their applications, a member
 * of the company on the vacancy's applicant board.
 */
export default function ApplicationLinkPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const application = useQuery({ queryKey: ['application', id], queryFn: () => api<Application>(`/applications/${id}`) });
  if (application.isLoading) return <Loading />;
  if (!application.data) return <ErrorMessage error={application.error} />;
  if (user?.role === 'employer') return <Navigate to={`/employer/vacancies/${application.data.vacancy.id}/applicants`} replace />;
  return <Navigate to={`/applications?open=${id}`} replace />;
}
