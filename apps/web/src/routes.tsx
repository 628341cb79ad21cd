import type { ComponentType } from 'react';
import { Navigate, useLocation, type RouteObject } from 'react-router';
import type { Role } from './api/types';
import { useSession } from './auth/session';
import { Loading } from './components/common';
import { Layout } from './components/Layout';

/** A route whose page is its own chunk, loaded when first visited. */
function page(load: () => Promise<{ default: ComponentType }>, roles?: Role[]) {
  return {
    lazy: async () => {
      const { default: Page } = await load();
      return { Component: roles ? () => <Guard roles={roles} Page={Page} /> : Page };
    },
  };
}

function Guard({ roles, Page }: { roles: Role[]; Page: ComponentType }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(user.role)) return <Navigate to="/" replace />;
  return <Page />;
}

const everyone: Role[] = ['job_seeker', 'employer', 'training_centre', 'counsellor', 'admin'];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: Loading,
    children: [
      { index: true, ...page(() => import('./pages/HomePage')) },
      { path: 'vacancies', ...page(() => import('./pages/HomePage')) },
      { path: 'vacancies/:id', ...page(() => import('./pages/VacancyPage')) },
      { path: 'verify-email', ...page(() => import('./pages/AccountTokenPage').then((m) => ({ default: m.VerifyEmailPage }))) },
      { path: 'reset-password', ...page(() => import('./pages/AccountTokenPage').then((m) => ({ default: m.ResetPasswordPage }))) },
      { path: 'forgot-password', ...page(() => import('./pages/AccountTokenPage').then((m) => ({ default: m.ResetPasswordPage }))) },
      { path: 'login', ...page(() => import('./pages/LoginPage')) },
      { path: 'register', ...page(() => import('./pages/RegisterPage')) },
      { path: 'verify/:number', ...page(() => import('./pages/VerifyPage')) },
      { path: 'notifications', ...page(() => import('./pages/NotificationsPage'), everyone) },
      { path: 'profile', ...page(() => import('./pages/seeker/ProfilePage'), ['job_seeker']) },
      { path: 'ak1', ...page(() => import('./pages/seeker/Ak1Page'), ['job_seeker']) },
      { path: 'applications', ...page(() => import('./pages/seeker/ApplicationsPage'), ['job_seeker']) },
      { path: 'saved-searches', ...page(() => import('./pages/seeker/SavedSearchesPage'), ['job_seeker']) },
      { path: 'applications/:id', ...page(() => import('./pages/ApplicationLinkPage'), ['job_seeker', 'employer']) },
      { path: 'assessments', ...page(() => import('./pages/assessments/AssessmentsPage'), ['job_seeker']) },
      { path: 'assessments/:id', ...page(() => import('./pages/assessments/TakeAssessmentPage'), ['job_seeker']) },
      { path: 'assessments/:id/result', ...page(() => import('./pages/assessments/ResultPage'), ['job_seeker']) },
      { path: 'recommendations', ...page(() => import('./pages/matching/RecommendationsPage'), ['job_seeker']) },
      { path: 'recommendations/:vacancyId/why', ...page(() => import('./pages/matching/ExplanationPage'), ['job_seeker']) },
      { path: 'counsellor', element: <Navigate to="/counsellor/cases" replace /> },
      { path: 'counsellor/assessments', ...page(() => import('./pages/counsellor/CounsellorAssessmentsPage'), ['counsellor']) },
      { path: 'counsellor/seekers/:seekerId/assessments', ...page(() => import('./pages/counsellor/SeekerAssessmentsPage'), ['counsellor']) },
      { path: 'counsellor/seekers/:seekerId/matches', ...page(() => import('./pages/matching/CounsellorMatchesPage'), ['counsellor', 'admin']) },
      { path: 'counsellor/seekers/:seekerId/why/:vacancyId', ...page(() => import('./pages/matching/ExplanationPage'), ['counsellor', 'admin']) },
      // Counselling (issue 6): the counsellor's caseload and case pages, the seeker's "my counsellor".
      { path: 'counsellor/cases', ...page(() => import('./pages/counselling/CaseloadPage'), ['counsellor']) },
      { path: 'counsellor/cases/:seekerId', ...page(() => import('./pages/counselling/CasePage'), ['counsellor', 'admin']) },
      { path: 'counsellor/cases/:seekerId/profiling', ...page(() => import('./pages/counselling/ProfilingPage'), ['counsellor', 'admin']) },
      { path: 'counsellor/cases/:seekerId/plan', ...page(() => import('./pages/counselling/PlanPage'), ['counsellor', 'admin']) },
      { path: 'counsellor/cases/:seekerId/sessions/new', ...page(() => import('./pages/counselling/SessionPage'), ['counsellor', 'admin']) },
      { path: 'counsellor/cases/:seekerId/refer', ...page(() => import('./pages/counselling/ReferPage'), ['counsellor', 'admin']) },
      { path: 'counselling', ...page(() => import('./pages/counselling/MyCounsellorPage'), ['job_seeker']) },
      // The follow-up reminders' notifications link here (libs/domain/src/counselling/counselling-notifications.ts).
      { path: 'counselling/cases/:seekerId', ...page(() => import('./pages/counselling/CasePage'), ['counsellor', 'admin']) },
      { path: 'employer', element: <Navigate to="/employer/company" replace /> },
      { path: 'employer-invitations/accept', ...page(() => import('./pages/employer/AcceptInvitationPage'), ['employer']) },
      { path: 'employer/company', ...page(() => import('./pages/employer/CompanyPage'), ['employer']) },
      { path: 'employer/vacancies', ...page(() => import('./pages/employer/VacanciesPage'), ['employer']) },
      { path: 'employer/vacancies/:id', ...page(() => import('./pages/employer/VacancyEditPage'), ['employer']) },
      { path: 'employer/vacancies/:id/applicants', ...page(() => import('./pages/employer/ApplicantBoardPage'), ['employer']) },
      { path: 'employer/vacancies/:id/candidates', ...page(() => import('./pages/matching/CandidatesPage'), ['employer']) },
      { path: 'admin/employers', ...page(() => import('./pages/admin/AdminEmployersPage'), ['admin']) },
      { path: 'admin/psychometrics', ...page(() => import('./pages/admin/AdminPsychometricsPage'), ['admin']) },
      { path: 'admin/matching', ...page(() => import('./pages/matching/AdminMatchingPage'), ['admin']) },
      { path: 'admin/wording-exceptions', ...page(() => import('./pages/admin/AdminExceptionsPage'), ['admin']) },
      // Training centres (issue 6): BLK staff and instructors, the admin's verification, the seeker's side, the public check.
      { path: 'training', element: <Navigate to="/training/centre" replace /> },
      { path: 'training/centre', ...page(() => import('./pages/training/CentrePage'), ['training_centre']) },
      { path: 'training-centre-invitations/accept', ...page(() => import('./pages/training/CentrePage'), ['training_centre']) },
      { path: 'training/programmes', ...page(() => import('./pages/training/ProgrammesPage'), ['training_centre']) },
      { path: 'training/programmes/:id', ...page(() => import('./pages/training/ProgrammeEditPage'), ['training_centre']) },
      { path: 'training/cohorts', ...page(() => import('./pages/training/CohortsPage'), ['training_centre']) },
      { path: 'training/cohorts/:id', ...page(() => import('./pages/training/CohortPage'), ['training_centre']) },
      { path: 'training/cohorts/:id/sessions/:sessionId', ...page(() => import('./pages/training/AttendancePage'), ['training_centre']) },
      { path: 'admin/training-centres', ...page(() => import('./pages/training/AdminCentresPage'), ['admin']) },
      { path: 'trainings', ...page(() => import('./pages/training/TrainingsPage')) },
      { path: 'trainings/:id', ...page(() => import('./pages/training/TrainingPage')) },
      { path: 'my-trainings', ...page(() => import('./pages/training/MyTrainingsPage'), ['job_seeker']) },
      { path: 'training/enrolments', ...page(() => import('./pages/training/MyTrainingsPage'), ['job_seeker']) },
      { path: 'skill-gaps', ...page(() => import('./pages/training/SkillGapsPage'), ['job_seeker']) },
      { path: 'counsellor/seekers/:seekerId/skill-gaps', ...page(() => import('./pages/training/SkillGapsPage'), ['counsellor', 'admin']) },
      { path: 'sertifikat/:number', ...page(() => import('./pages/training/CertificateCheckPage')) },
      // The certificate's QR code leads here (the API's verifyUrl).
      { path: 'certificates/:number', ...page(() => import('./pages/training/CertificateCheckPage')) },
      // End of training centres.
      { path: '*', ...page(() => import('./pages/NotFoundPage')) },
    ],
  },
];
